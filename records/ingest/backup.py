"""A portable backup of the whole knowledge base: the records, their history, and the accounts
the history names. JSON in Django's serialization format, primary keys kept, so that loading it
into an empty (migrated) database reproduces every record and every history entry exactly.
Foreign keys are stored as ids: the database checks them when the restore commits."""

import datetime
import json

from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.test.utils import override_settings

from records.registry import record_models
from records.version import one_bump


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Django's JSON encoder keeps only milliseconds of a datetime; a backup keeps them all."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            return o.isoformat()
        return super().default(o)


def export_records(stream):
    """Accounts (their groups by name) first, then every record and history row by id."""
    from django.contrib.auth.models import User

    data = serializers.serialize(
        "python", User.objects.order_by("pk"), use_natural_foreign_keys=True
    )
    for model in record_models():
        data += serializers.serialize("python", model._default_manager.order_by("pk"))
    json.dump(data, stream, cls=FullPrecisionEncoder, ensure_ascii=False, indent=1)
    stream.write("\n")
    return len(data)


class NotEmpty(Exception):
    pass


def import_records(stream):
    """Load a backup into a database that holds no records yet, in one transaction."""
    if any(model._default_manager.exists() for model in record_models()):
        raise NotEmpty("The database already holds records; restore into an empty database.")
    data = json.load(stream)
    count = 0
    # History entries are data here: no new history may be written while restoring them.
    with override_settings(SIMPLE_HISTORY_ENABLED=False), transaction.atomic(), one_bump():
        for obj in serializers.deserialize("python", data, handle_forward_references=True):
            obj.save()
            count += 1
    reset_sequences()
    return count


def reset_sequences():
    """After loading rows with their ids, let PostgreSQL hand out the next ids after them."""
    from django.contrib.auth.models import User
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), [User, *record_models()])
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
