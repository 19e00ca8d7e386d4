"""export_records writes the whole knowledge base; loading it into an empty database gives back
the same records and the same history, exactly (run on SQLite and on PostgreSQL)."""

import io
import json

import pytest
from django.contrib.auth.models import User
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


# Issue 12, item 9: what a backup holds, who can read it, and a restore that replaces nothing.


def test_a_backup_holds_only_the_accounts_the_history_names_without_password_hashes(tmp_path):
    call_command("load_records", stdout=io.StringIO())
    author = factories.user("editor")
    bystander = factories.user("viewer")
    admin = factories.user("superuser")
    task = Task.objects.get(number=67)
    task._history_user = author
    task.note = "Edited by the author."
    task.save()
    backup = tmp_path / "backup.json"
    call_command("export_records", str(backup), stderr=io.StringIO())
    text = backup.read_text()
    assert author.username in text
    assert bystander.username not in text and admin.username not in text
    assert "pbkdf2_sha256$" not in text and "argon2" not in text
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    # restored, the author has no usable password until one is set
    empty_the_database()
    call_command("import_records", str(backup), stdout=io.StringIO())
    restored = User.objects.get(username=author.username)
    assert not restored.has_usable_password()
    assert Task.objects.get(number=67).history.latest().history_user == restored


def test_password_hashes_only_when_asked_and_an_existing_file_becomes_private(tmp_path):
    call_command("load_records", stdout=io.StringIO())
    author = factories.user("editor")
    task = Task.objects.get(number=67)
    task._history_user = author
    task.save()
    backup = tmp_path / "backup.json"
    backup.write_text("old")
    backup.chmod(0o644)
    call_command("export_records", str(backup), "--with-password-hashes", stderr=io.StringIO())
    assert User.objects.get(pk=author.pk).password in backup.read_text()
    assert oct(backup.stat().st_mode & 0o777) == "0o600"


def test_a_restore_never_replaces_an_existing_account(tmp_path):
    call_command("load_records", stdout=io.StringIO())
    author = factories.user("editor")
    task = Task.objects.get(number=67)
    task._history_user = author
    task.save()
    backup = tmp_path / "backup.json"
    call_command("export_records", str(backup), stderr=io.StringIO())
    empty_the_database()
    # an administrator made an account first, with the id the backup's author has
    chief = User.objects.create_superuser("chief", "c@example.org", "pw")
    User.objects.filter(pk=chief.pk).update(id=author.pk)
    with pytest.raises(CommandError, match=rf"{author.username} \(id {author.pk}\) with chief"):
        call_command("import_records", str(backup), stdout=io.StringIO())
    chief = User.objects.get(username="chief")
    assert chief.is_superuser and chief.check_password("pw")
    assert not Decision.objects.exists()


def test_a_restore_into_a_database_with_records_changes_nothing(tmp_path):
    call_command("load_records", stdout=io.StringIO())
    backup = tmp_path / "backup.json"
    call_command("export_records", str(backup), stderr=io.StringIO())
    Task.objects.filter(number=67).update(note="Not in the backup.")
    with pytest.raises(CommandError, match="already holds records"):
        call_command("import_records", str(backup), stdout=io.StringIO())
    assert Task.objects.get(number=67).note == "Not in the backup."


# Issue 12, item 10: a broken backup gets a message naming the file, the record and the field.


def broken_backup(tmp_path, change):
    call_command("load_records", stdout=io.StringIO())
    backup = tmp_path / "backup.json"
    call_command("export_records", str(backup), stderr=io.StringIO())
    data = json.loads(backup.read_text())
    change(data)
    backup.write_text(json.dumps(data))
    empty_the_database()
    return backup


def first(data, model):
    return next(entry for entry in data if entry["model"] == model)


@pytest.mark.parametrize(
    "change,message",
    [
        (
            lambda data: first(data, "tasks.task").update(model="tasks.nosuchmodel"),
            r"backup\.json, record \d+ \(tasks\.nosuchmodel id \d+\): Invalid model identifier",
        ),
        (
            lambda data: first(data, "tasks.task")["fields"].update(colour="red"),
            r"backup\.json, record \d+ \(tasks\.task id \d+\): .*colour",
        ),
        (
            lambda data: first(data, "tasks.taskevent")["fields"].update(session=999999),
            r"backup\.json, tasks\.taskevent id \d+, field 'session': "
            r"no cws_sessions\.session with id 999999",
        ),
    ],
    ids=["unknown model", "unknown field", "broken reference"],
)
def test_a_broken_backup_is_named_not_a_traceback(tmp_path, change, message):
    backup = broken_backup(tmp_path, change)
    with pytest.raises(CommandError, match=message) as raised:
        call_command("import_records", str(backup), stdout=io.StringIO())
    assert str(raised.value).startswith("Nothing was restored: ")
    assert not Decision.objects.exists() and not Task.objects.exists()
