"""The reviewer's word on a draft, and the draft as reviewed.

Each drafted decision is known by its place, ``"body:146:1"`` (part, paragraph, ordinal). A
decision with no review is published as drafted; one accepted is published as drafted and
shown as checked; one corrected is published with the reviewer's values; one rejected is not
published; one added gets the next free ordinal of its paragraph. An agenda item's title can be
corrected (an item whose heading the document does not print has none, and needs one).

The history events of a decision as drafted are the reader's (``records.ingest.report
.events``); those of a corrected or added decision are drawn again from its reviewed wording
and links by the same rules, so that they follow the correction.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction

from records.ingest.report.decisions import Conclusion
from records.ingest.report.events import decision_events
from records.ingest.report.links import KnownRecords
from records.models import ImportReview
from records.text import contains_wording

Action = ImportReview.Action
Item = ImportReview.Item
# What a reviewer may set on a decision (besides where it is).
DECISION_VALUES = (
    "kind",
    "nature",
    "text",
    "tasks",
    "standards",
    "task_forces",
    "documents",
    "note",
)


def decision_key(part, paragraph, ordinal):
    return f"{part}:{paragraph}:{ordinal}"


def parse_key(key):
    """("body", 146, 1) from "body:146:1", or None."""
    part, _, rest = key.partition(":")
    paragraph, _, ordinal = rest.partition(":")
    if part not in ("body", "annex") or not paragraph.isdigit() or not ordinal.isdigit():
        return None
    return part, int(paragraph), int(ordinal)


def decision_choices():
    """(kinds, natures) as the decisions' model defines them: [(value, label)] each."""
    model = apps.get_model("cws_sessions.Decision")
    return (
        list(model._meta.get_field("kind").choices),
        list(model._meta.get_field("nature").choices),
    )


@dataclass
class ReviewedDecision:
    """A drafted (or added) decision, with the reviewer's word on it and its paragraph."""

    key: str
    part: str
    paragraph: int
    ordinal: int
    agenda_item: str | None
    values: dict  # kind, nature, text, tasks, standards, task_forces, documents, note
    drafted: dict | None  # the reader's decision, None for an added one
    action: str | None  # None: not reviewed yet (published as drafted)
    paragraph_text: str = ""
    reviewed_by: object = None
    events: list = field(default_factory=list)

    @property
    def published(self):
        return self.action != Action.REJECTED

    @property
    def changes(self):
        """(field, drafted, corrected) for a corrected decision."""
        if self.action != Action.CORRECTED or not self.drafted:
            return []
        return [
            (name, self.drafted_values[name], self.values[name])
            for name in DECISION_VALUES
            if self.drafted_values[name] != self.values[name]
        ]

    @property
    def drafted_values(self):
        return drafted_values(self.drafted) if self.drafted else {}


def drafted_values(decision):
    return {
        "kind": decision["kind"],
        "nature": decision["nature"],
        "text": decision["text"],
        "tasks": list(decision["tasks"]),
        "standards": list(decision["standards"]),
        "task_forces": list(decision["task_forces"]),
        "documents": list(decision["documents"]),
        "note": " ".join(decision.get("notes") or []),
    }


@dataclass
class Reviewed:
    """A draft as reviewed: what publishing would write, and what the review page shows."""

    report_import: object
    paragraphs: dict  # (part, number) -> the draft's paragraph
    decisions: list  # ReviewedDecision, in the report's order
    agenda_items: list  # the draft's items, with "title" as reviewed and "corrected"
    warnings: list

    @property
    def published_decisions(self):
        return [d for d in self.decisions if d.published]

    @property
    def events(self):
        return [event for d in self.published_decisions for event in d.events]

    def counts(self):
        counts = {action.value: 0 for action in Action}
        counts["unreviewed"] = 0
        for decision in self.decisions:
            counts[decision.action or "unreviewed"] += 1
        return counts

    def decision(self, key):
        return next((d for d in self.decisions if d.key == key), None)

    def paragraph(self, part, number):
        return self.paragraphs.get((part, number))


def report_context(draft_events):
    """What the reader knew of each decision's reports and of restarted Task Forces, read back
    from its events, to draw a corrected decision's events by the same rules."""
    reports, restarted = {}, set()
    for event in draft_events:
        key = decision_key(event["part"], event["paragraph"], event["decision_ordinal"])
        tasks, force = reports.setdefault(key, ([], [None]))
        if event["kind"] == "progress_reported":
            if event["subject"] == "task":
                tasks.append(event["key"])
            elif event["subject"] == "task_force":
                force[0] = event["key"]
        if event["subject"] == "task_force" and event["kind"] == "restarted":
            restarted.add(event["key"])
    return reports, restarted


def events_of(decision, reports, restarted):
    """The events of a corrected or added decision, drawn from its reviewed values."""
    values = decision.values
    tasks, force = reports.get(decision.key, ([], [None]))
    conclusion = Conclusion(
        part=decision.part,
        paragraph=decision.paragraph,
        ordinal=decision.ordinal,
        kind=values["kind"],
        nature=values["nature"],
        text=values["text"],
        sentence=values["text"],
        agenda_item=decision.agenda_item,
        tasks=list(values["tasks"]),
        standards=list(values["standards"]),
        task_forces=list(values["task_forces"]),
        documents=list(values["documents"]),
        report_tasks=tuple(t for t in tasks if t in values["tasks"]),
        report_task_force=force[0] if force[0] in values["task_forces"] else None,
    )
    return decision_events(conclusion, KnownRecords(), restarted)


def reviewed(report_import, reviews=None):
    """The draft of ``report_import`` with its reviews applied (``reviews``: its
    ``ImportReview`` rows, read here if not given)."""
    draft = report_import.draft or {}
    if reviews is None:
        reviews = list(report_import.reviews.select_related("reviewed_by"))
    by_key = {(r.item, r.key): r for r in reviews}
    paragraphs = {(p["part"], p["number"]): p for p in draft.get("paragraphs", [])}
    draft_events = draft.get("events", [])
    reports, restarted = report_context(draft_events)
    events_by_decision = {}
    for event in draft_events:
        key = decision_key(event["part"], event["paragraph"], event["decision_ordinal"])
        events_by_decision.setdefault(key, []).append(event)

    decisions = []
    for drafted in draft.get("decisions", []):
        key = decision_key(drafted["part"], drafted["paragraph"], drafted["ordinal"])
        review = by_key.get((Item.DECISION, key))
        values = drafted_values(drafted)
        if review is not None and review.action == Action.CORRECTED:
            values = {**values, **review.values}
        decisions.append(
            ReviewedDecision(
                key=key,
                part=drafted["part"],
                paragraph=drafted["paragraph"],
                ordinal=drafted["ordinal"],
                agenda_item=drafted.get("agenda_item"),
                values=values,
                drafted=drafted,
                action=review.action if review else None,
                reviewed_by=review.reviewed_by if review else None,
            )
        )
    for review in reviews:
        if review.item == Item.DECISION and review.action == Action.ADDED:
            place = parse_key(review.key)
            if place is None:
                continue
            part, number, ordinal = place
            paragraph = paragraphs.get((part, number), {})
            decisions.append(
                ReviewedDecision(
                    key=review.key,
                    part=part,
                    paragraph=number,
                    ordinal=ordinal,
                    agenda_item=paragraph.get("agenda_item"),
                    values={**drafted_values(EMPTY_DECISION), **review.values},
                    drafted=None,
                    action=Action.ADDED,
                    reviewed_by=review.reviewed_by,
                )
            )
    order = {key: index for index, key in enumerate(paragraphs)}
    decisions.sort(key=lambda d: (order.get((d.part, d.paragraph), len(order)), d.ordinal))
    for decision in decisions:
        decision.paragraph_text = paragraphs.get((decision.part, decision.paragraph), {}).get(
            "text", ""
        )
        if not decision.published:
            decision.events = []
        elif decision.action in (Action.CORRECTED, Action.ADDED):
            decision.events = events_of(decision, reports, restarted)
        else:
            decision.events = events_by_decision.get(decision.key, [])

    agenda_items = []
    for item in draft.get("agenda_items", []):
        review = by_key.get((Item.AGENDA_ITEM, item["code"]))
        title = review.values.get("title", item["title"]) if review else item["title"]
        agenda_items.append({**item, "title": title, "corrected": review is not None})
    return Reviewed(report_import, paragraphs, decisions, agenda_items, draft.get("warnings", []))


EMPTY_DECISION = {
    "kind": "noted",
    "nature": "decision",
    "text": "",
    "tasks": [],
    "standards": [],
    "task_forces": [],
    "documents": [],
    "notes": [],
}


class ReviewRefused(ValueError):
    """A review that cannot be saved; the message says why."""


def check_wording(paragraph, text):
    if paragraph is None:
        raise ReviewRefused("The draft has no such paragraph.")
    if not text.strip():
        raise ReviewRefused("Give the decision's wording.")
    if not contains_wording(paragraph["text"], text):
        raise ReviewRefused("The wording must appear, word for word, in the cited paragraph.")


def save_review(report_import, item, key, action, values, user):
    """Record the reviewer's word on one item (replacing any earlier word on it)."""
    review, _ = ImportReview.objects.update_or_create(
        report_import=report_import,
        item=item,
        key=key,
        defaults={"action": action, "values": values, "reviewed_by": user},
    )
    return review


def review_decision(report_import, key, action, values, user):
    """Accept, correct or reject a drafted decision, or take back the word on it (``action``
    None); ``values`` are the corrected ones (see ``DECISION_VALUES``)."""
    current = reviewed(report_import)
    decision = current.decision(key)
    if decision is None:
        raise ReviewRefused("The draft has no such decision.")
    with transaction.atomic():
        if action is None:
            report_import.reviews.filter(item=Item.DECISION, key=key).delete()
            return None
        if decision.drafted is None:  # an added decision: corrected in place, or removed
            if action == Action.REJECTED:
                report_import.reviews.filter(item=Item.DECISION, key=key).delete()
                return None
            action = Action.ADDED
        if action in (Action.CORRECTED, Action.ADDED):
            check_wording(current.paragraph(decision.part, decision.paragraph), values["text"])
            values = {name: values[name] for name in DECISION_VALUES}
        else:
            values = {}
        return save_review(report_import, Item.DECISION, key, action, values, user)


def add_decision(report_import, part, number, values, user):
    """A decision the reader did not draft, in paragraph ``number`` of ``part``."""
    current = reviewed(report_import)
    paragraph = current.paragraph(part, number)
    check_wording(paragraph, values["text"])
    taken = [d.ordinal for d in current.decisions if (d.part, d.paragraph) == (part, number)]
    key = decision_key(part, number, max(taken, default=0) + 1)
    values = {name: values[name] for name in DECISION_VALUES}
    return save_review(report_import, Item.DECISION, key, Action.ADDED, values, user)


def correct_agenda_item(report_import, code, title, user):
    """Give an agenda item the title the reviewer typed."""
    codes = [item["code"] for item in (report_import.draft or {}).get("agenda_items", [])]
    if code not in codes:
        raise ReviewRefused("The draft has no such agenda item.")
    title = " ".join(title.split())
    if not title:
        raise ReviewRefused("Give the agenda item's title.")
    return save_review(
        report_import, Item.AGENDA_ITEM, code, Action.CORRECTED, {"title": title}, user
    )
