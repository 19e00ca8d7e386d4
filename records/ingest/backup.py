"""A portable backup of the whole knowledge base: the records, their history, and the accounts
the history names. JSON in Django's serialization format, primary keys kept, so that loading it
into an empty (migrated) database reproduces every record and every history entry exactly.

- The accounts are only those a history entry names (as its author), with their groups by name,
  and without their password hashes unless asked (``with_password_hashes``): restored without
  one, an account has no usable password until a superuser sets one (``changepassword``). The
  command writes the file readable by its owner alone (mode 0600).
- A restore goes into a database that holds no records, and refuses a backup whose accounts
  clash (same id or same name) with accounts already there, naming them: nothing is replaced.
- Every fault names the file, the record (model and id) and the field: an unknown model, an
  unknown field, a value that does not fit, a reference to a record that is not there. Nothing
  is restored then.
"""

import datetime
import json

from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, transaction
from django.test.utils import override_settings

from records.registry import record_models
from records.version import one_bump


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Django's JSON encoder keeps only milliseconds of a datetime; a backup keeps them all."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            return o.isoformat()
        return super().default(o)


def named_accounts():
    """The accounts a history entry names as its author."""
    from django.contrib.auth.models import User

    ids = set()
    for model in record_models():
        if any(field.name == "history_user" for field in model._meta.fields):
            ids.update(
                model._default_manager.exclude(history_user=None)
                .values_list("history_user_id", flat=True)
                .distinct()
            )
    return User.objects.filter(pk__in=ids).order_by("pk")


def export_records(stream, *, with_password_hashes=False):
    """The named accounts (their groups by name) first, then every record and history row."""
    from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX

    accounts = serializers.serialize("python", named_accounts(), use_natural_foreign_keys=True)
    if not with_password_hashes:
        for account in accounts:
            # unusable (Django's prefix): a superuser sets a new one after the restore
            account["fields"]["password"] = f"{UNUSABLE_PASSWORD_PREFIX}not-in-the-backup"
    data = accounts
    for model in record_models():
        data += serializers.serialize("python", model._default_manager.order_by("pk"))
    json.dump(data, stream, cls=FullPrecisionEncoder, ensure_ascii=False, indent=1)
    stream.write("\n")
    return len(data)


class NotEmpty(Exception):
    pass


class BackupError(Exception):
    """A backup that cannot be restored; the message names the file, record and field."""


def describe(entry):
    if not isinstance(entry, dict):
        return "an entry that is not an object"
    return f"{entry.get('model', '?')} id {entry.get('pk', '?')}"


def import_records(stream, name="the backup"):
    """Load a backup into a database that holds no records yet, in one transaction."""
    from django.contrib.auth.models import User

    if any(model._default_manager.exists() for model in record_models()):
        raise NotEmpty("The database already holds records; restore into an empty database.")
    try:
        data = json.load(stream)
    except json.JSONDecodeError as exc:
        raise BackupError(f"{name}: not a JSON backup ({exc})") from exc
    if not isinstance(data, list):
        raise BackupError(f"{name}: a backup is a JSON list of records")
    refuse_clashing_accounts(data, User)
    count = 0
    deferred = []
    # History entries are data here: no new history may be written while restoring them.
    with override_settings(SIMPLE_HISTORY_ENABLED=False), transaction.atomic(), one_bump():
        for number, entry in enumerate(data, start=1):
            where = f"{name}, record {number} ({describe(entry)})"
            try:
                (obj,) = serializers.deserialize("python", [entry], handle_forward_references=True)
                obj.save()
            except DeserializationError as exc:
                cause = exc.__cause__ or exc
                raise BackupError(f"{where}: {cause}") from exc
            except (FieldDoesNotExist, ValidationError, ValueError, TypeError) as exc:
                raise BackupError(f"{where}: {exc}") from exc
            except DatabaseError as exc:
                raise BackupError(f"{where}: the database refused it ({exc})") from exc
            if obj.deferred_fields:
                deferred.append((where, obj))
            count += 1
        for where, obj in deferred:
            try:
                obj.save_deferred_fields()
            except (DeserializationError, DatabaseError, ValueError) as exc:
                raise BackupError(f"{where}: {exc}") from exc
        check_references(name)
    reset_sequences()
    return count


def refuse_clashing_accounts(data, User):
    """Accounts of the backup whose id or name an existing account has: refused, named."""
    label = User._meta.label_lower
    clashes = []
    for entry in data:
        if not isinstance(entry, dict) or entry.get("model") != label:
            continue
        username = (entry.get("fields") or {}).get("username")
        existing = User.objects.filter(pk=entry.get("pk")).first() or (
            User.objects.filter(username=username).first() if username else None
        )
        if existing is not None:
            clashes.append(f"{username} (id {entry.get('pk')}) with {existing.username}")
    if clashes:
        raise NotEmpty(
            "The database already holds accounts that the backup's accounts would replace: "
            + "; ".join(clashes)
            + ". Restore into an empty database (no account either), or remove those accounts."
        )


def check_references(name):
    """Every reference points at a record that is there (before the commit, which would only
    say that some constraint failed)."""
    from django.contrib.auth.models import User

    for model in [User, *record_models()]:
        for field in model._meta.concrete_fields:
            if not field.is_relation or not field.many_to_one and not field.one_to_one:
                continue
            if not field.db_constraint:
                continue  # a history row may name a record deleted since: not a reference
            target = field.related_model
            values = target._default_manager.values(field.target_field.attname)
            broken = (
                model._default_manager.exclude(**{f"{field.attname}__isnull": True})
                .exclude(**{f"{field.attname}__in": values})
                .values_list("pk", field.attname)
                # by id: a Meta ordering across the reference would join away the broken rows
                .order_by("pk")
                .first()
            )
            if broken:
                pk, value = broken
                raise BackupError(
                    f"{name}, {model._meta.label_lower} id {pk}, field '{field.name}': "
                    f"no {target._meta.label_lower} with id {value}"
                )


def reset_sequences():
    """After loading rows with their ids, let PostgreSQL hand out the next ids after them."""
    from django.contrib.auth.models import User
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), [User, *record_models()])
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
