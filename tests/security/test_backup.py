"""export_records writes the whole knowledge base; loading it into an empty database gives back
the same records and the same history, exactly (run on SQLite and on PostgreSQL)."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from sessions.models import Decision
from tasks.models import Task
from tests import factories

pytestmark = [pytest.mark.isolated, pytest.mark.django_db(transaction=True)]


def export():
    out = io.StringIO()
    call_command("export_records", stdout=out)
    return out.getvalue()


def empty_the_database():
    """Truncate every table, then put back what the migrations create (the role groups)."""
    call_command("flush", interactive=False, verbosity=0)
    from django.apps import apps

    from records.roles import sync_role_groups

    sync_role_groups(apps)


def test_a_backup_round_trips_exactly(tmp_path):
    call_command("load_records", stdout=io.StringIO())
    editor = factories.user("editor")
    task = Task.objects.get(number=67)
    task._history_user = editor
    task.note = "Edited after loading, so that the backup holds an edit and its author."
    task.save()
    before = export()
    assert '"model": "tasks.historicaltask"' in before and editor.username in before

    backup = tmp_path / "backup.json"
    call_command("export_records", str(backup), stderr=io.StringIO())
    empty_the_database()
    assert not Decision.objects.exists()
    call_command("import_records", str(backup), stdout=io.StringIO())

    assert export() == before
    restored = Task.objects.get(number=67)
    assert restored.history.latest().history_user.username == editor.username
    # new rows get new ids after a restore (sequences follow the restored ids)
    assert Decision.objects.create(
        session=restored.events.first().session,
        paragraph=restored.events.first().paragraph,
        ordinal=9,
        kind="noted",
        text="The CWS approved",
    ).pk > max(Decision.objects.exclude(ordinal=9).values_list("pk", flat=True))
    with pytest.raises(CommandError, match="empty database"):
        call_command("import_records", str(backup), stdout=io.StringIO())
    assert connection.vendor in ("sqlite", "postgresql")
