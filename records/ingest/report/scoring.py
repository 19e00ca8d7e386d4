"""How close a draft comes to the curated records: the measure of the benchmark and the tests.

The truth is the curated fixtures (Django JSON with natural keys, read here as plain JSON):
paragraphs in ``10_paragraphs.json``; decisions are the ``cws_sessions.decision`` records; a
decision's links are the ``tasks.taskevent``, ``standards.standardevent`` and
``tasks.taskforceevent`` records whose ``decision`` is that decision.

Definitions (``Score``):
- paragraphs exact: curated paragraphs that the draft has with the same part and number and
  the same text once white space is folded; drafted paragraphs the curators do not have are
  counted apart (``extra_paragraphs``);
- a drafted decision *matches* a curated one when both cite the same paragraph (part and
  number) and one wording contains the other once white space and typographic quotes are
  folded (the curated wording is verbatim from the paragraph, so this means the drafted
  sentence and the curated wording overlap as a whole, not by a few shared words). Matching is
  one to one, in paragraph order;
- recall: matched curated decisions / curated decisions; precision: matched drafted
  decisions / drafted decisions;
- kind accuracy: matched pairs with the same kind *and* the same nature / matched pairs;
- link recall: over matched pairs, the curated (record type, key) links the drafted decision
  also has / all curated links of matched decisions; link precision: the same shared links /
  all links of the matched drafted decisions. ``links_named`` counts only curated links to
  records the document names somewhere (a link to a record the document never names, which
  the curators took from another document, cannot be drafted from this one);
- events (for information, no threshold): the curated history events of matched decisions,
  as (record type, key, kind), that the draft proposes for the matching drafted decision.
"""

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from records.ingest.report.links import KnownRecords
from records.ingest.report.rules import standard_codes, task_numbers

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def normalize(text):
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


@dataclass
class Truth:
    """The curated records of one document."""

    symbol: str
    session: int | None
    paragraphs: dict = field(default_factory=dict)  # (part, number) -> text
    headings: list = field(default_factory=list)
    decisions: list = field(default_factory=list)  # dicts: part, paragraph, ordinal, kind, ...


def load_truth(fixture_dir):
    """Truth for every document with curated paragraphs, by symbol."""
    fixture_dir = Path(fixture_dir)
    records = []
    for path in sorted(fixture_dir.glob("*.json")):
        records += json.loads(path.read_text(encoding="utf-8"))
    sessions = {
        r["fields"]["symbol"]: (r["fields"].get("session") or [None])[0]
        for r in records
        if r["model"] == "cws_sessions.document"
    }
    truths = {}
    for r in records:
        if r["model"] == "cws_sessions.paragraph":
            fields = r["fields"]
            symbol = fields["document"][0]
            truth = truths.setdefault(symbol, Truth(symbol, sessions.get(symbol)))
            truth.paragraphs[(fields["part"], fields["number"])] = fields["text"]
            truth.headings.append(fields["heading"])
    links, events = defaultdict(set), defaultdict(set)
    subjects = {
        "tasks.taskevent": ("task", "task"),
        "standards.standardevent": ("standard", "standard"),
        "tasks.taskforceevent": ("task_force", "task_force"),
    }
    for r in records:
        if r["model"] in subjects and r["fields"].get("decision"):
            subject, field_name = subjects[r["model"]]
            decision, record = tuple(r["fields"]["decision"]), r["fields"][field_name][0]
            links[decision].add((subject, record))
            events[decision].add((subject, record, r["fields"]["kind"]))
            if r["model"] == "tasks.taskevent" and r["fields"].get("task_force"):
                links[decision].add(("task_force", r["fields"]["task_force"][0]))
    for r in records:
        if r["model"] == "cws_sessions.decision":
            fields = r["fields"]
            symbol, part, number = fields["paragraph"]
            key = (symbol, part, number, fields["ordinal"])
            truths[symbol].decisions.append(
                {
                    "part": part,
                    "paragraph": number,
                    "ordinal": fields["ordinal"],
                    "kind": fields["kind"],
                    "nature": fields["nature"],
                    "text": fields["text"],
                    "links": links.get(key, set()),
                    "events": events.get(key, set()),
                }
            )
    for truth in truths.values():
        truth.decisions.sort(key=lambda d: (d["part"], d["paragraph"], d["ordinal"]))
    return truths


def curated_known_records(fixture_dir):
    """The keys of the records the curated fixtures hold: what an import into the curated
    database would find there."""
    records = []
    for path in sorted(Path(fixture_dir).glob("*.json")):
        records += json.loads(path.read_text(encoding="utf-8"))

    def keys(model, field_name):
        return {r["fields"][field_name] for r in records if r["model"] == model}

    return KnownRecords(
        tasks=keys("tasks.task", "number"),
        standards=keys("standards.standard", "code"),
        task_forces=keys("tasks.taskforce", "name"),
        documents=keys("cws_sessions.document", "symbol"),
        sessions=keys("cws_sessions.session", "number"),
    )


def drafted_links(decision):
    return (
        {("task", t) for t in decision["tasks"]}
        | {("standard", s) for s in decision["standards"]}
        | {("task_force", f) for f in decision["task_forces"]}
    )


def named_in(text, link):
    """Whether a document's text (paragraphs and headings) names the record of a link
    anywhere: a Task by number, a Standard by code, a Task Force by its name with or without
    "Task Force", an acronym standing for the words before it ("Application Programing
    Interface (API)" names "API")."""
    subject, key = link
    if subject == "task":
        return key in task_numbers(text)
    if subject == "standard":
        return key in {code for code, _ in standard_codes(text)}
    collapsed = re.sub(r"[A-Z][\w ]*?\(([A-Z][A-Z0-9]+)\)", r"\1", text)
    base = key[: -len(" Task Force")] if key.endswith(" Task Force") else key
    return any(re.search(rf"\b{re.escape(base)}\b", t, re.I) for t in (text, collapsed))


@dataclass
class Score:
    paragraphs_total: int = 0
    paragraphs_exact: int = 0
    extra_paragraphs: int = 0
    curated: int = 0
    drafted: int = 0
    matched: int = 0
    matched_drafted: int = 0
    kind_right: int = 0
    links_curated: int = 0
    links_named: int = 0
    links_found: int = 0
    links_found_named: int = 0
    links_drafted: int = 0
    events_curated: int = 0
    events_found: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    wrong_kinds: list = field(default_factory=list)
    missed_links: list = field(default_factory=list)
    extra_links: list = field(default_factory=list)
    paragraph_errors: list = field(default_factory=list)

    @staticmethod
    def _ratio(part, whole):
        return part / whole if whole else 1.0

    @property
    def paragraph_accuracy(self):
        return self._ratio(self.paragraphs_exact, self.paragraphs_total)

    @property
    def recall(self):
        return self._ratio(self.matched, self.curated)

    @property
    def precision(self):
        return self._ratio(self.matched_drafted, self.drafted)

    @property
    def kind_accuracy(self):
        return self._ratio(self.kind_right, self.matched)

    @property
    def link_recall(self):
        return self._ratio(self.links_found, self.links_curated)

    @property
    def link_recall_named(self):
        return self._ratio(self.links_found_named, self.links_named)

    @property
    def event_agreement(self):
        return self._ratio(self.events_found, self.events_curated)

    @property
    def link_precision(self):
        return self._ratio(self.links_found, self.links_drafted)


def overlaps(curated, drafted):
    a, b = normalize(curated), normalize(drafted)
    return bool(a and b) and (a in b or b in a)


def score(draft, truth):
    """A ``Score`` of a draft against the truth of its document."""
    result = Score()
    drafted_paragraphs = {(p["part"], p["number"]): p["text"] for p in draft["paragraphs"]}
    result.paragraphs_total = len(truth.paragraphs)
    for key, text in truth.paragraphs.items():
        if key in drafted_paragraphs and normalize(drafted_paragraphs[key]) == normalize(text):
            result.paragraphs_exact += 1
        else:
            result.paragraph_errors.append(key)
    result.extra_paragraphs = len(set(drafted_paragraphs) - set(truth.paragraphs))
    document_text = "\n".join([*truth.headings, *truth.paragraphs.values()])
    decisions = draft["decisions"]
    result.curated, result.drafted = len(truth.decisions), len(decisions)
    used = set()
    for curated in truth.decisions:
        match = next(
            (
                index
                for index, d in enumerate(decisions)
                if index not in used
                and (d["part"], d["paragraph"]) == (curated["part"], curated["paragraph"])
                and overlaps(curated["text"], d["text"])
            ),
            None,
        )
        label = f"{curated['part']} ¶{curated['paragraph']} ({curated['ordinal']})"
        if match is None:
            result.misses.append(f"{label} {curated['kind']}: {curated['text'][:80]}")
            continue
        used.add(match)
        drafted = decisions[match]
        result.matched += 1
        if (drafted["kind"], drafted["nature"]) == (curated["kind"], curated["nature"]):
            result.kind_right += 1
        else:
            result.wrong_kinds.append(
                f"{label} {curated['kind']}/{curated['nature']} drafted as "
                f"{drafted['kind']}/{drafted['nature']}"
            )
        found = drafted_links(drafted)
        result.links_curated += len(curated["links"])
        result.links_drafted += len(found)
        result.links_found += len(found & curated["links"])
        named = {link for link in curated["links"] if named_in(document_text, link)}
        result.links_named += len(named)
        result.links_found_named += len(found & named)
        drafted_events = {
            (e["subject"], e["key"], e["kind"])
            for e in draft["events"]
            if (e["part"], e["paragraph"], e["decision_ordinal"])
            == (drafted["part"], drafted["paragraph"], drafted["ordinal"])
        }
        result.events_curated += len(curated["events"])
        result.events_found += len(curated["events"] & drafted_events)
        result.missed_links += [
            f"{label} {link}" for link in sorted(curated["links"] - found, key=str)
        ]
        result.extra_links += [
            f"{label} {link}" for link in sorted(found - curated["links"], key=str)
        ]
    result.matched_drafted = len(used)
    result.extras = [
        f"{d['part']} ¶{d['paragraph']} ({d['ordinal']}) {d['kind']}: {d['text'][:80]}"
        for index, d in enumerate(decisions)
        if index not in used
    ]
    return result
