"""The records version (``records/version.py``): every change of a record bumps it, so the page
cache keyed on it misses every old page at once; with a stamp file a process reads it again only
when another has changed it; a bulk load bumps it once."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.db.models.functions import Now
from django.test.utils import CaptureQueriesContext

from records.models import RecordsVersion
from records.version import replace_stamp
from standards.models import Standard
from tasks.models import Task
from tests import factories
from tests.records.test_load_records import copy_fixtures, edit_record
from tests.security.test_roles_and_history import admin_post_change

pytestmark = pytest.mark.django_db


def test_any_record_change_invalidates_every_page(api):
    before = api("/api/standards/ST.26/")["title"]
    Standard.objects.filter(code="ST.26").update(title="Changed")  # update() sends no signal
    assert api("/api/standards/ST.26/")["title"] == before
    standard = Standard.objects.get(code="ST.26")
    standard.title = "Changed again"
    standard.save()
    assert api("/api/standards/ST.26/")["title"] == "Changed again"


def test_with_a_stamp_file_a_second_visit_costs_no_query(get, stamp):
    first = get("/tasks/67/")
    assert stamp.exists()  # created on first use
    with CaptureQueriesContext(connection) as queries:
        second = get("/tasks/67/")
        get("/tasks/67/", status=304, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.content == first.content
    assert len(queries) == 0


def test_with_a_stamp_file_an_admin_edit_is_visible_on_the_next_request(client, get, stamp):
    get("/tasks/67/")
    get("/tasks/67/")
    editor = client.__class__()
    editor.force_login(factories.user("editor"))
    task = Task.objects.get(number=67)
    assert admin_post_change(editor, task, note="Edited with a stamp.").status_code == 302
    assert "Edited with a stamp." in get("/tasks/67/").text


def test_another_process_change_is_seen_once_it_replaces_the_stamp(api, stamp):
    """What a change committed by another worker looks like to this one."""
    before = api("/api/standards/ST.26/")["title"]
    # the other process's change: the row and the version, but not this process's memory
    Standard.objects.filter(code="ST.26").update(title="Changed elsewhere")
    RecordsVersion.objects.filter(pk=1).update(number=F("number") + 1, changed_at=Now())
    assert api("/api/standards/ST.26/")["title"] == before  # stamp unchanged
    replace_stamp()  # what the other process does once its transaction commits
    assert api("/api/standards/ST.26/")["title"] == "Changed elsewhere"


def test_an_unusable_stamp_path_falls_back_to_reading_the_database(get, settings, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    settings.PAGE_CACHE_STAMP = str(blocker / "records-version")
    get("/tasks/67/")
    task = Task.objects.get(number=67)
    task.note = "Seen without a stamp."
    task.save()
    assert "Seen without a stamp." in get("/tasks/67/").text


def test_a_load_of_changed_records_bumps_the_version_once(get, stamp, tmp_path):
    folder = copy_fixtures(tmp_path)
    numbers = [24, 44, 67]
    for number in numbers:
        edit_record(
            folder,
            "01_catalog.json",
            lambda r, n=number: r["model"] == "tasks.task" and r["fields"]["number"] == n,
            lambda r: r["fields"].update(note=f"Reloaded note {r['fields']['number']}."),
        )
    assert "Reloaded note 24." not in get("/tasks/24/").text
    before = RecordsVersion.objects.get(pk=1).number
    call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())
    assert Task.objects.filter(note__startswith="Reloaded note").count() == len(numbers)
    assert RecordsVersion.objects.get(pk=1).number == before + 1
    assert "Reloaded note 24." in get("/tasks/24/").text


def test_after_a_restore_outside_the_site_records_changed_drops_every_page(
    api, stamp, monkeypatch, django_capture_on_commit_callbacks
):
    """Issue 12, item 8: ``pg_restore`` (or a copied-back SQLite file) writes the rows and the
    version row of the dump without Django, and leaves the stamp file alone, so every process
    kept serving its pages from before the restore. The documented restore ends with
    ``manage.py records_changed``, which makes every process drop them."""
    dumped = api("/api/standards/ST.26/")["title"]
    dumped_version = RecordsVersion.objects.values_list("number", "changed_at").get(pk=1)
    standard = Standard.objects.get(code="ST.26")
    standard.title = "Changed after the dump"
    standard.save()
    assert api("/api/standards/ST.26/")["title"] == "Changed after the dump"  # cached now
    # the restore: the dump's rows and version row, written without Django
    Standard.objects.filter(code="ST.26").update(title=dumped)
    number, changed_at = dumped_version
    RecordsVersion.objects.filter(pk=1).update(number=number, changed_at=changed_at)
    assert api("/api/standards/ST.26/")["title"] == "Changed after the dump"  # the stale page
    # the command runs in a process of its own: it can only reach this one through the stamp
    with monkeypatch.context() as elsewhere, django_capture_on_commit_callbacks(execute=True):
        elsewhere.setattr("records.version.forget_version", lambda: None)
        call_command("records_changed", stdout=io.StringIO())
    assert api("/api/standards/ST.26/")["title"] == dumped
