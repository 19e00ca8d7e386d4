"""A reviewed draft as records, in the fixture format, and how they compare with the records.

``plan(reviewed)`` gives the records publishing would write, in load order, each as a
``Planned``: its model label, its natural key, and the fields the draft sets. A record that
already exists keeps every field the draft does not set (its curator's note, say); a field the
document does not give (a date it does not print) is not set at all.

``compare(planned)`` reads, with one query per model, what the database holds for those keys
and says of each record whether it is new, the same, or changed (field by field); it lists the
records of the document that the draft no longer has ("missing": publishing never deletes
them), and, of the changed ones, those that staff changed in the admin since they were last
loaded or published (publishing leaves them as they are unless the reviewer names them).

``fixture_records(comparison)`` is what publishing hands to the loader: new and changed
records only, a changed one as it stands in the database with the draft's fields over it.
"""

import json
import re
from dataclasses import dataclass, field

from django.apps import apps
from django.core import serializers
from django.utils.text import slugify

from records.history import is_load_or_import
from records.ingest.loader import staff_change
from records.ingest.report.rules import session_of_symbol

SESSION = "cws_sessions.session"
DOCUMENT = "cws_sessions.document"
PARAGRAPH = "cws_sessions.paragraph"
AGENDA_ITEM = "cws_sessions.agendaitem"
DECISION = "cws_sessions.decision"
TASK = "tasks.task"
STANDARD = "standards.standard"
TASK_FORCE = "tasks.taskforce"
TASK_EVENT = "tasks.taskevent"
STANDARD_EVENT = "standards.standardevent"
TASK_FORCE_EVENT = "tasks.taskforceevent"
EVENT_MODELS = {"task": TASK_EVENT, "standard": STANDARD_EVENT, "task_force": TASK_FORCE_EVENT}
SUBJECT_FIELDS = {"task": "task", "standard": "standard", "task_force": "task_force"}
# The models whose records of the document are listed when the draft no longer has them.
DOCUMENT_PARTS = (PARAGRAPH, AGENDA_ITEM, DECISION, TASK_EVENT, STANDARD_EVENT, TASK_FORCE_EVENT)
WORKING_DOCUMENT = re.compile(r"^CWS/\d+/\d+\b")


@dataclass
class Planned:
    label: str
    key: tuple
    fields: dict  # what the draft sets, in the fixture format
    create_only: dict = field(default_factory=dict)  # set only on a new record

    @property
    def name(self):
        """How the loader names the record: 'tasks.task [24]'."""
        return f"{self.label} {json.dumps(list(self.key), ensure_ascii=False, default=str)}"


def model_of(label):
    return apps.get_model(label)


def existing(label, lookup, values):
    """Which of ``values`` exist as ``lookup`` in the model of ``label``."""
    return set(
        model_of(label).objects.filter(**{f"{lookup}__in": values}).values_list(lookup, flat=True)
    )


def new_records(reviewed):
    """What publishing would create besides the document's own records: the session, and the
    Tasks, Standards, Task Forces and documents the published decisions and events name."""
    report_import = reviewed.report_import
    tasks, standards, forces, documents = {}, {}, {}, {}
    for decision in reviewed.published_decisions:
        for number in decision.values["tasks"]:
            tasks.setdefault(number, None)
        for code in decision.values["standards"]:
            standards.setdefault(code, None)
        for name in decision.values["task_forces"]:
            forces.setdefault(name, None)
        for symbol in decision.values["documents"]:
            documents.setdefault(symbol, None)
        for event in decision.events:
            {"task": tasks, "standard": standards, "task_force": forces}[
                event["subject"]
            ].setdefault(event["key"], None)
            if event.get("task_force"):
                forces.setdefault(event["task_force"], None)
    documents.pop(report_import.symbol, None)
    session_known = bool(existing(SESSION, "number", [report_import.session]))
    return {
        "sessions": [] if session_known else [report_import.session],
        "tasks": [n for n in tasks if n not in existing(TASK, "number", list(tasks))],
        "standards": [c for c in standards if c not in existing(STANDARD, "code", list(standards))],
        "task_forces": [n for n in forces if n not in existing(TASK_FORCE, "name", list(forces))],
        "documents": [
            s for s in documents if s not in existing(DOCUMENT, "symbol", list(documents))
        ],
    }


def task_force_slug(name):
    return slugify(name.removesuffix(" Task Force")) or slugify(name)


def plan(reviewed, proposed=None):
    """The records publishing would write, in load order (see the module docstring)."""
    report_import = reviewed.report_import
    draft = report_import.draft
    symbol, number = report_import.symbol, report_import.session
    session = [number]
    proposed = proposed or new_records(reviewed)
    records = []
    sessions_known = existing(SESSION, "number", [number])
    for new in proposed["sessions"]:
        records.append(Planned(SESSION, (new,), {"number": new}))
    sessions_there = sessions_known | set(proposed["sessions"])
    for other in proposed["documents"]:
        of = session_of_symbol(other)
        records.append(
            Planned(
                DOCUMENT,
                (other,),
                {"symbol": other},
                {
                    "kind": "working_document" if WORKING_DOCUMENT.match(other) else "other",
                    "session": [of] if of in sessions_there else None,
                },
            )
        )
    front = draft["document"]
    fields = {"symbol": symbol, "session": session}
    if front.get("title"):
        fields["title"] = front["title"][:400]
    if front.get("date"):
        fields["date"] = front["date"]
    records.append(Planned(DOCUMENT, (symbol,), fields, {"kind": report_import.document_kind}))
    for paragraph in draft["paragraphs"]:
        key = (symbol, paragraph["part"], paragraph["number"])
        records.append(
            Planned(
                PARAGRAPH,
                key,
                {
                    "document": [symbol],
                    "part": paragraph["part"],
                    "number": paragraph["number"],
                    "heading": paragraph.get("heading") or "",
                    "text": paragraph["text"],
                },
            )
        )
    for number_ in proposed["tasks"]:
        records.append(Planned(TASK, (number_,), {"number": number_}))
    adopted = {
        e["key"] for e in reviewed.events if e["subject"] == "standard" and e["kind"] == "adopted"
    }
    for code in proposed["standards"]:
        status = "adopted" if code in adopted else "draft"
        records.append(Planned(STANDARD, (code,), {"code": code}, {"status": status}))
    for name in proposed["task_forces"]:
        records.append(
            Planned(TASK_FORCE, (name,), {"name": name}, {"slug": task_force_slug(name)})
        )
    for order, item in enumerate(reviewed.agenda_items, start=1):
        fields = {
            "session": session,
            "code": item["code"],
            "order": order,
            "parent": [number, item["parent"]] if item.get("parent") else None,
            "paragraph": [symbol, "body", item["paragraph"]] if item.get("paragraph") else None,
        }
        if item["title"]:  # an item whose heading is not printed has no title to set
            fields["title"] = item["title"]
        records.append(Planned(AGENDA_ITEM, (number, item["code"]), fields))
    for decision in reviewed.published_decisions:
        values = decision.values
        paragraph = [symbol, decision.part, decision.paragraph]
        records.append(
            Planned(
                DECISION,
                (symbol, decision.part, decision.paragraph, decision.ordinal),
                {
                    "session": session,
                    "agenda_item": [number, decision.agenda_item] if decision.agenda_item else None,
                    "paragraph": paragraph,
                    "ordinal": decision.ordinal,
                    "kind": values["kind"],
                    "nature": values["nature"],
                    "text": values["text"],
                    "documents": sorted([s] for s in dict.fromkeys(values["documents"])),
                },
                {"note": values["note"]},
            )
        )
    seen = set()
    for decision in reviewed.published_decisions:
        for event in decision.events:
            records.append(event_record(event, decision, symbol, session, seen))
    return [record for record in records if record is not None]


def event_record(event, decision, symbol, session, seen):
    """One proposed history event as a record (None for a repeat of one already planned)."""
    label = EVENT_MODELS[event["subject"]]
    paragraph = [symbol, decision.part, decision.paragraph]
    key = (event["key"], event["kind"], symbol, decision.part, decision.paragraph, decision.ordinal)
    if (label, key) in seen:
        return None
    seen.add((label, key))
    fields = {
        SUBJECT_FIELDS[event["subject"]]: [event["key"]],
        "kind": event["kind"],
        "session": session,
        "decision": [*paragraph, decision.ordinal],
        "paragraph": paragraph,
    }
    if label == TASK_EVENT:
        fields["description"] = event.get("description") or ""
        fields["task_force"] = [event["task_force"]] if event.get("task_force") else None
        fields["status"] = event.get("status") or ""
    elif label == STANDARD_EVENT:
        fields["version"] = event.get("version") or ""
        fields["date"] = event.get("date")
        fields["date_precision"] = event.get("date_precision") or ""
    return Planned(label, key, fields)


# Comparison ---------------------------------------------------------------------------------


@dataclass
class Compared:
    planned: Planned
    status: str  # "new", "same" or "changed"
    pk: object = None
    changes: list = field(default_factory=list)  # (field, in the records, in the draft)
    staff: object = None  # the history entry of a staff change since the last load, if any


@dataclass
class Comparison:
    records: list  # Compared, in load order
    missing: list  # (label, name) of the document's records the draft does not have

    def of(self, status):
        return [c for c in self.records if c.status == status]

    @property
    def new(self):
        return self.of("new")

    @property
    def changed(self):
        return self.of("changed")

    @property
    def same(self):
        return self.of("same")

    @property
    def protected(self):
        return [c for c in self.changed if c.staff is not None]

    def counts(self):
        """{label: {"new": n, "changed": n, "same": n}}"""
        counts = {}
        for compared in self.records:
            by_status = counts.setdefault(
                compared.planned.label, {"new": 0, "changed": 0, "same": 0}
            )
            by_status[compared.status] += 1
        return counts


def lookups(model, name):
    """The database lookups that give a field's value in the fixture format."""
    model_field = model._meta.get_field(name)
    if model_field.is_relation:
        return [f"{name}__{part}" for part in model_field.related_model.NATURAL_KEY]
    return [name]


def fixture_value(model, name, values):
    """A value read with ``lookups`` as the fixture writes it."""
    model_field = model._meta.get_field(name)
    if model_field.is_relation:
        return None if all(v is None for v in values) else list(values)
    value = values[0]
    return value.isoformat() if hasattr(value, "isoformat") else value


def scope(label, planned, symbol, session):
    """A filter that finds every planned record of the model in one query."""
    if label in (PARAGRAPH,):
        return {"document__symbol": symbol}
    if label in (DECISION, TASK_EVENT, STANDARD_EVENT, TASK_FORCE_EVENT):
        return {"paragraph__document__symbol": symbol}
    if label == AGENDA_ITEM:
        return {"session__number": session}
    lookup = model_of(label).NATURAL_KEY[0]
    return {f"{lookup}__in": [p.key[0] for p in planned]}


def compare(planned, report_import):
    """Each planned record against the database (see the module docstring)."""
    by_label = {}
    for record in planned:
        by_label.setdefault(record.label, []).append(record)
    results, missing = {}, []
    for label, records in by_label.items():
        model = model_of(label)
        filters = scope(label, records, report_import.symbol, report_import.session)
        key_lookups = list(model.NATURAL_KEY)
        names = sorted({name for r in records for name in r.fields if not is_many(model, name)})
        many = sorted({name for r in records for name in r.fields if is_many(model, name)})
        value_lookups = [lookups(model, name) for name in names]
        flat = [lookup for group in value_lookups for lookup in group]
        current = {}
        for row in model.objects.filter(**filters).values_list("pk", *key_lookups, *flat):
            pk, key, rest = (
                row[0],
                tuple(row[1 : 1 + len(key_lookups)]),
                row[1 + len(key_lookups) :],
            )
            values, index = {}, 0
            for name, group in zip(names, value_lookups, strict=True):
                values[name] = fixture_value(model, name, rest[index : index + len(group)])
                index += len(group)
            current[key] = (pk, values)
        for name in many:
            related = lookups(model, name)
            for key in current:
                current[key][1][name] = []
            rows = model.objects.filter(**filters).values_list(*key_lookups, *related)
            for row in rows:
                key, target = tuple(row[: len(key_lookups)]), row[len(key_lookups) :]
                if key in current and any(v is not None for v in target):
                    current[key][1][name].append(list(target))
            for key in current:
                current[key][1][name].sort()
        for record in records:
            found = current.get(record.key)
            if found is None:
                results[id(record)] = Compared(record, "new")
                continue
            pk, values = found
            changes = [
                (name, values.get(name), wanted)
                for name, wanted in record.fields.items()
                if values.get(name) != wanted
            ]
            results[id(record)] = Compared(record, "changed" if changes else "same", pk, changes)
        if label in DOCUMENT_PARTS:
            wanted = {r.key for r in records}
            for key, (_pk, values) in current.items():
                if key in wanted:
                    continue
                cited = values.get("paragraph")  # an agenda item of another document is not
                if label == AGENDA_ITEM and not (cited and cited[0] == report_import.symbol):
                    continue
                missing.append((label, Planned(label, key, {}).name))
    for label in DOCUMENT_PARTS:
        if label in by_label:
            continue
        model = model_of(label)
        filters = scope(label, [], report_import.symbol, report_import.session)
        if label == AGENDA_ITEM:
            filters = {**filters, "paragraph__document__symbol": report_import.symbol}
        for key in model.objects.filter(**filters).values_list(*model.NATURAL_KEY):
            missing.append((label, Planned(label, tuple(key), {}).name))
    ordered = [results[id(record)] for record in planned]
    for compared in ordered:
        if compared.status == "changed":
            model = model_of(compared.planned.label)
            if hasattr(model, "history"):
                compared.staff = staff_change(model, compared.pk, loads=is_load_or_import)
    return Comparison(ordered, missing)


def is_many(model, name):
    return model._meta.get_field(name).many_to_many


def fixture_records(comparison):
    """What publishing loads: new records (with their create-only fields) and changed ones (as
    the database holds them, with the draft's fields over them)."""
    records = []
    for compared in comparison.records:
        planned = compared.planned
        if compared.status == "new":
            records.append(
                {"model": planned.label, "fields": {**planned.fields, **planned.create_only}}
            )
        elif compared.status == "changed":
            model = model_of(planned.label)
            (current,) = serializers.serialize(
                "python",
                [model._default_manager.get(pk=compared.pk)],
                use_natural_foreign_keys=True,
                use_natural_primary_keys=True,
            )
            fields = {
                name: list(value) if isinstance(value, tuple) else value
                for name, value in current["fields"].items()
            }
            records.append({"model": planned.label, "fields": {**fields, **planned.fields}})
    return records
