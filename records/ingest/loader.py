"""Loading the curated records: atomic, validating, repeatable.

The fixtures are Django's JSON serialization with natural keys, one file per subject, loaded
in file-name order. Each object is deserialized on its own so that an error names the file,
the record and the field; forward references (a session citing a paragraph loaded later) are
resolved at the end. Every object is validated with ``full_clean`` before it is saved, and a
baseline history entry is written for each record that is new or changed since the last load.

Curated data never overwrites staff work: a record that someone changed (or deleted) after it
was last loaded is left as it is when the fixtures say otherwise, and listed, with what the
fixtures say, what the database says, who changed it and when; it is put back as the fixtures
have it only when named in ``overwrite``.

Two entry points share everything: ``load_records(paths)`` for the fixture files, and
``load_objects(records, source=...)`` for records in memory in the same format (a report
import's reviewed draft, ``records.ingest.imports.publish``), which writes its history entries
with its own reason and user and says which earlier writers count as loads rather than staff.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, transaction

from records.history import LOADED, is_load
from records.version import one_bump


class RecordError(Exception):
    """A fixture record that cannot be loaded; the message names file, record and field."""


@dataclass
class Kept:
    """A record left as staff changed it: what differs, who changed it and when."""

    key: str
    who: str
    when: object
    deleted: bool = False
    differences: list = field(default_factory=list)  # (field, in the fixtures, in the database)


@dataclass
class LoadResult:
    counts: dict = field(default_factory=dict)
    history_created: int = 0
    kept: list = field(default_factory=list)
    overwritten: list = field(default_factory=list)

    @property
    def total(self):
        return sum(self.counts.values())


def describe(record):
    """'cws_sessions.decision ["CWS/12/29", "body", 146, 1]' for an error message."""
    model = record.get("model", "?") if isinstance(record, dict) else "?"
    fields = record.get("fields", {}) if isinstance(record, dict) else {}
    try:
        keys = apps.get_model(model).NATURAL_KEY
    except (LookupError, AttributeError, ValueError):
        keys = ()
    shown = {}
    for key in keys:
        name = key.split("__")[0]
        if name in fields:
            shown[name] = fields[name]
    return f"{model} {json.dumps(shown, ensure_ascii=False)}" if shown else model


def validation_message(exc):
    """ "field 'text': The wording must appear ..." from a ValidationError."""
    if hasattr(exc, "error_dict"):
        return "; ".join(
            f"field '{name}': " + " ".join(m for error in errors for m in error.messages)
            for name, errors in exc.error_dict.items()
        )
    return "; ".join(exc.messages)


def read_fixture(path):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordError(f"{Path(path).name}: not a readable JSON fixture: {exc}") from exc
    if not isinstance(data, list):
        raise RecordError(f"{Path(path).name}: a fixture must be a JSON list of records")
    return data


def deserialize_one(source, index, record):
    """``source``: the fixture file's name, or what the records in memory come from."""
    where = f"{source}, record {index + 1} ({describe(record)})"
    if not isinstance(record, dict) or "model" not in record or "fields" not in record:
        raise RecordError(f"{where}: a record needs 'model' and 'fields'")
    try:
        (obj,) = serializers.deserialize("python", [record], handle_forward_references=True)
    except DeserializationError as exc:
        cause = exc.__cause__ or exc
        raise RecordError(f"{where}: {cause}") from exc
    except (ObjectDoesNotExist, FieldDoesNotExist, ValidationError, ValueError, TypeError) as exc:
        raise RecordError(f"{where}: {exc}") from exc
    # Validate before saving, so that a bad value is named by its field rather than by the
    # database constraint that would refuse it; references still to come are checked later.
    # The deserializer sets the primary key only when the natural key found an existing row.
    obj.object._state.adding = obj.object.pk is None
    try:
        if obj.deferred_fields:
            # the record as a whole (its clean()) is checked once its references are resolved
            deferred = [f.name for f in obj.deferred_fields]
            obj.object.clean_fields(exclude=deferred)
            obj.object.validate_unique(exclude=deferred)
            obj.object.validate_constraints(exclude=deferred)
        else:
            obj.object.full_clean()
    except ValidationError as exc:
        raise RecordError(f"{where}: {validation_message(exc)}") from exc
    return obj, where


def save_one(obj, where):
    try:
        obj.object.skip_history_when_saving = True
        obj.save()
    except DeserializationError as exc:
        cause = exc.__cause__ or exc
        raise RecordError(f"{where}: {cause}") from exc
    except (ObjectDoesNotExist, ValidationError, ValueError, TypeError, DatabaseError) as exc:
        raise RecordError(f"{where}: {exc}") from exc


def record_key(instance):
    """How a record is named to staff and on the command line: 'tasks.task [24]'."""
    key = json.dumps(list(instance.natural_key()), ensure_ascii=False, default=str)
    return f"{instance._meta.label_lower} {key}"


def staff_change(model, pk, identity=None, loads=is_load):
    """The latest history entry of a record if someone changed or deleted it after it was last
    loaded (an entry whose reason ``loads`` does not accept: by default one that
    ``load_records`` did not write), else None. ``identity``: for a record that is not in the
    database, the fields that identify it, to find its deletion."""
    history = model.history.model.objects
    if pk is None:
        deleted = history.filter(history_type="-", **identity).order_by("-history_id").first()
        if deleted is None:
            return None
        pk = deleted.id
    latest = history.filter(id=pk).order_by("-history_id").select_related("history_user").first()
    if latest is None or loads(latest.history_change_reason or ""):
        return None
    return latest


def identity_of(instance):
    """The concrete fields behind a record's natural key, as they stand on ``instance``."""
    names = []
    for lookup in instance.NATURAL_KEY:
        name = instance._meta.get_field(lookup.split("__")[0]).attname
        if name not in names:
            names.append(name)
    return {name: getattr(instance, name) for name in names}


def resolve(field, value):
    """A deferred (forward) reference's primary key, if the record it names exists yet."""
    try:
        return field.remote_field.model._default_manager.get_by_natural_key(*value).pk
    except (ObjectDoesNotExist, TypeError, ValueError):
        return value


def differences(obj, current):
    """(field, fixtures, database) for each field where the fixture and the database differ."""
    found = []
    deferred = {f.name: value for f, value in (obj.deferred_fields or {}).items()}
    for model_field in current._meta.concrete_fields:
        if model_field.primary_key:
            continue
        if model_field.name in deferred:
            wanted = resolve(model_field, deferred[model_field.name])
        else:
            wanted = getattr(obj.object, model_field.attname)
        have = getattr(current, model_field.attname)
        if wanted != have:
            found.append((model_field.name, wanted, have))
    for name, pks in (obj.m2m_data or {}).items():
        have = set(getattr(current, name).values_list("pk", flat=True))
        if set(pks) != have:
            found.append((name, sorted(pks), sorted(have)))
    return found


def keep_staff_work(obj, overwrite, result, loads=is_load):
    """True if the record is left as staff changed it (and listed); False to load it."""
    instance = obj.object
    model = type(instance)
    if not hasattr(model, "history"):
        return False
    if instance.pk is None:
        change = staff_change(model, None, identity_of(instance), loads)
        if change is None:
            return False
        key = record_key(instance)
        if key in overwrite:
            result.overwritten.append(key)
            return False
        who = str(change.history_user or "?")
        result.kept.append(Kept(key, who, change.history_date, deleted=True))
        return True
    change = staff_change(model, instance.pk, loads=loads)
    if change is None:
        return False
    current = model._default_manager.get(pk=instance.pk)
    found = differences(obj, current)
    if not found:
        return False
    key = record_key(current)
    if key in overwrite:
        result.overwritten.append(key)
        return False
    who = str(change.history_user or "?")
    result.kept.append(Kept(key, who, change.history_date, differences=found))
    return True


def record_baseline_history(instances, reason=LOADED, user=None):
    """One history entry per record that has none yet or differs from its latest entry, with
    ``reason`` (and ``user``, if any) on it.

    The entry is written by saving the record once more through the ORM, so that it holds what
    an admin save would (including many-to-many links); a new record's entry is marked "+".
    """
    created = 0
    by_model = {}
    for instance in instances:
        if hasattr(type(instance), "history"):
            by_model.setdefault(type(instance), []).append(instance)
    for model, objects in by_model.items():
        history_model = model.history.model
        tracked = [
            f.attname
            for f in history_model._meta.fields
            if f.attname in {g.attname for g in model._meta.concrete_fields}
        ]
        latest = {}
        for row in history_model.objects.filter(id__in=[o.pk for o in objects]).order_by(
            "id", "-history_date", "-history_id"
        ):
            latest.setdefault(row.id, row)
        new_ids = []
        for obj in objects:
            del obj.skip_history_when_saving
            previous = latest.get(obj.pk)
            if previous is None or any(getattr(previous, n) != getattr(obj, n) for n in tracked):
                obj._change_reason = reason
                if user is not None:
                    obj._history_user = user
                obj.save()
                created += 1
                if previous is None:
                    new_ids.append(obj.pk)
        if new_ids:
            history_model.objects.filter(id__in=new_ids).update(history_type="+")
    return created


def load_records(paths, overwrite=()):
    """Load every fixture in ``paths`` in one transaction; raise RecordError on the first fault.

    Records that staff changed since they were last loaded are left as they are (and listed in
    the result's ``kept``), unless their key (``record_key``) is in ``overwrite``.
    """
    sources = ((Path(path).name, read_fixture(path)) for path in paths)
    return load(sources, overwrite=overwrite)


def load_objects(records, *, source, overwrite=(), reason=LOADED, user=None, loads=is_load):
    """Load ``records`` (a list in the fixture format) as ``load_records`` loads a file, in one
    transaction, raising RecordError (naming ``source``, the record and the field) on the first
    fault. The history entries carry ``reason`` and ``user``; ``loads(reason)`` says which
    earlier entries were written by a load rather than by staff (whose work is kept)."""
    if not isinstance(records, list):
        raise RecordError(f"{source}: the records must be a list")
    return load([(source, records)], overwrite, reason, user, loads)


def load(sources, overwrite=(), reason=LOADED, user=None, loads=is_load):
    """The loader behind both entry points: ``sources`` gives (name, records) in order."""
    result = LoadResult()
    overwrite = set(overwrite)
    with transaction.atomic(), one_bump():
        loaded, deferred, seen = [], [], {}
        for source, records in sources:
            for index, record in enumerate(records):
                obj, where = deserialize_one(source, index, record)
                if not keep_staff_work(obj, overwrite, result, loads):
                    save_one(obj, where)
                    loaded.append((where, obj.object))
                label = obj.object._meta.label_lower
                key = (label, obj.object.pk or record_key(obj.object))
                if key in seen:
                    raise RecordError(f"{where}: the same record is already defined at {seen[key]}")
                seen[key] = where
                if obj.deferred_fields:
                    deferred.append((where, obj))
        for where, obj in deferred:
            try:
                obj.save_deferred_fields()
            except (ObjectDoesNotExist, DeserializationError, DatabaseError, ValueError) as exc:
                raise RecordError(f"{where}: {exc}") from exc
        for where, obj in deferred:
            try:
                obj.object.full_clean()
            except ValidationError as exc:
                raise RecordError(f"{where}: {validation_message(exc)}") from exc
        for _where, instance in loaded:
            label = instance._meta.label_lower
            result.counts[label] = result.counts.get(label, 0) + 1
        result.history_created = record_baseline_history(
            (instance for _, instance in loaded), reason, user
        )
    return result
