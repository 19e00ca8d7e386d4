"""The Committee's conclusions in a paragraph: one drafted decision per conclusion.

A paragraph is read sentence by sentence (``units``): a sentence that ends with a colon
takes the list lines after it (bullets, lettered items, quoted text) as part of its wording;
quoted lines are never read for conclusions. Each sentence goes through
``rules.find_conclusions``; an invitation followed by lettered items ("The CWS is invited
to: (a) note ...; (b) approve ...") gives one proposal per item, and so does "The CWS:"
followed by items ("(a) noted ..."). Conclusions dated to another session ("At its twelfth
session, the CWS approved ...") recall earlier decisions and are not drafted, with a warning.
"""

from dataclasses import dataclass, field

from records.ingest.report.rules import (
    COMMITTEE_LEAD,
    QUOTE_START,
    SUBITEM_RE,
    dated_session,
    find_conclusions,
    invitation_kind,
    item_verb_kind,
    item_wording,
    sentence_spans,
    unclear_conclusion,
)


@dataclass
class Unit:
    """A sentence of a paragraph and the list lines it introduces."""

    text: str
    items: list = field(default_factory=list)


@dataclass
class Conclusion:
    """A drafted decision before its links: where it is and what it says."""

    part: str
    paragraph: int
    ordinal: int
    kind: str
    nature: str
    text: str
    sentence: str
    agenda_item: str | None = None
    tasks: list = field(default_factory=list)
    standards: list = field(default_factory=list)
    task_forces: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    new_records: dict = field(default_factory=dict)
    report_tasks: tuple = ()  # set when the decision takes note of a report on these Tasks
    report_task_force: str | None = None


def units(text):
    """The sentences of a paragraph's text, with their list lines."""
    found, lead = [], None
    for line in text.split("\n"):
        if line.startswith(QUOTE_START):
            if lead is not None:
                lead.items.append(line)
            continue
        rest = line
        if line.startswith("· ") or SUBITEM_RE.match(line):
            spans = sentence_spans(line)
            first_end = spans[0][1] if spans else len(line)
            if lead is not None:
                lead.items.append(line[:first_end].strip())
            rest = line[first_end:]
            if not rest.strip():
                continue
        for start, end in sentence_spans(rest):
            found.append(Unit(rest[start:end].strip()))
        lead = found[-1] if found and found[-1].text.rstrip().endswith(":") else None
    return found


def unit_conclusions(unit):
    """(kind, nature, wording) for each conclusion of a sentence, and a warning or None."""
    results = []
    if COMMITTEE_LEAD.match(unit.text):
        for item in unit.items:
            kind = item_verb_kind(item)
            if kind:
                results.append((kind, "decision", item_wording(item)))
        return results, None
    found = find_conclusions(unit.text)
    for index, conclusion in enumerate(found):
        if conclusion.listed:
            for item in unit.items:
                kind = invitation_kind(item)
                if kind:
                    results.append((kind, "proposal", item_wording(item)))
            continue
        wording = unit.text[conclusion.start : conclusion.end].strip().rstrip(",").strip()
        if index == len(found) - 1 and unit.items:
            wording = "\n".join([wording, *unit.items])
        results.append((conclusion.kind, conclusion.nature, wording))
    warning = None if found else unclear_conclusion(unit.text)
    return results, warning


class SessionDating:
    """Which session the sentences of a document speak of, as they date themselves."""

    def __init__(self, session):
        self.session = session
        self.last = None

    def of_paragraph(self, paragraph_units):
        """The session each unit is dated to (None: not dated), a date holding to the end of
        its paragraph."""
        dated, current = [], None
        for unit in paragraph_units:
            found = dated_session(unit.text)
            if found == "same":
                found = self.last
            if found:
                current = self.last = found
            dated.append(current)
        return dated


def paragraph_conclusions(paragraph, agenda_code, dating, warnings):
    """The drafted decisions of one paragraph, ordinals in reading order."""
    drafted = []
    paragraph_units = units(paragraph.text)
    label = _label(paragraph)
    for unit, session in zip(paragraph_units, dating.of_paragraph(paragraph_units), strict=True):
        results, warning = unit_conclusions(unit)
        if session and dating.session and session != dating.session:
            if results:
                warnings.append(
                    f"{label}: “{_short(unit.text)}” recalls a conclusion of session {session}, "
                    f"not of session {dating.session}: not drafted."
                )
            continue
        if warning:
            warnings.append(f"{label}: looks like a decision but {warning}: “{_short(unit.text)}”")
        for kind, nature, wording in results:
            drafted.append(
                Conclusion(
                    part=paragraph.part,
                    paragraph=paragraph.number,
                    ordinal=len(drafted) + 1,
                    kind=kind,
                    nature=nature,
                    text=wording,
                    sentence=unit.text,
                    agenda_item=agenda_code,
                )
            )
    return drafted


def _label(paragraph):
    return f"¶{paragraph.number}" if paragraph.part == "body" else f"Annex ¶{paragraph.number}"


def _short(text, limit=90):
    return text if len(text) <= limit else text[: limit - 1] + "…"
