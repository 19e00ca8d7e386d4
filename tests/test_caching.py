"""Cached public pages are never stale: an edit is visible on the next request; a revalidating
browser gets 304; signed-in staff always get fresh pages."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.db.models.functions import Now
from django.test.utils import CaptureQueriesContext

from records.version import replace_stamp
from tasks.models import Task
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_second_visit_is_served_from_the_cache(client):
    first = client.get("/tasks/67/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/tasks/67/")
    assert second.content == first.content
    assert len(queries) == 1  # the records version, nothing else


def test_an_admin_edit_is_visible_on_the_next_request(client):
    assert "Edited by the secretariat" not in client.get("/tasks/67/").content.decode()
    editor = client.__class__()
    editor.force_login(factories.user("editor"))
    from tests.security.test_roles_and_history import admin_post_change

    task = Task.objects.get(number=67)
    assert admin_post_change(editor, task, note="Edited by the secretariat.").status_code == 302
    assert "Edited by the secretariat." in client.get("/tasks/67/").content.decode()
    assert "Edited by the secretariat." in client.get("/api/tasks/67/").content.decode()


def test_any_record_change_invalidates_every_page(client):
    before = client.get("/api/standards/ST.26/").json()["title"]
    from standards.models import Standard

    Standard.objects.filter(code="ST.26").update(title="Changed")  # update() sends no signal
    assert client.get("/api/standards/ST.26/").json()["title"] == before
    standard = Standard.objects.get(code="ST.26")
    standard.title = "Changed again"
    standard.save()
    assert client.get("/api/standards/ST.26/").json()["title"] == "Changed again"


def test_revalidation_gets_304_until_a_record_changes(client):
    response = client.get("/sessions/12/")
    etag, modified = response["ETag"], response["Last-Modified"]
    assert "no-cache" in response["Cache-Control"]
    again = client.get("/sessions/12/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag and not again.content
    assert again["Last-Modified"] == modified
    task = Task.objects.get(number=24)
    task.note = "A change."
    task.save()
    assert client.get("/sessions/12/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_signed_in_staff_are_never_served_a_cached_page(client):
    client.get("/tasks/67/")
    client.force_login(factories.user("editor"))
    response = client.get("/tasks/67/")
    assert "ETag" not in response


def test_public_pages_set_no_csrf_cookie_and_so_can_be_cached(client):
    for path in ("/", "/decisions/", "/search/?q=survey", "/api/tasks/"):
        response = client.get(path)
        assert not response.cookies, path
        assert "ETag" in response, path


@pytest.fixture
def stamp(settings, tmp_path):
    settings.PAGE_CACHE_STAMP = str(tmp_path / "run" / "records-version")
    return tmp_path / "run" / "records-version"


def test_with_a_stamp_file_a_second_visit_costs_no_query(client, stamp):
    first = client.get("/tasks/67/")
    assert stamp.exists()  # created on first use
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/tasks/67/")
        revalidated = client.get("/tasks/67/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.content == first.content and revalidated.status_code == 304
    assert len(queries) == 0


def test_with_a_stamp_file_an_admin_edit_is_visible_on_the_next_request(client, stamp):
    client.get("/tasks/67/")
    client.get("/tasks/67/")
    editor = client.__class__()
    editor.force_login(factories.user("editor"))
    from tests.security.test_roles_and_history import admin_post_change

    task = Task.objects.get(number=67)
    assert admin_post_change(editor, task, note="Edited with a stamp.").status_code == 302
    assert "Edited with a stamp." in client.get("/tasks/67/").content.decode()


def test_another_process_change_is_seen_once_it_replaces_the_stamp(client, stamp):
    """What a change committed by another worker looks like to this one."""
    from records.models import RecordsVersion
    from standards.models import Standard

    before = client.get("/api/standards/ST.26/").json()["title"]
    # the other process's change: the row and the version, but not this process's memory
    Standard.objects.filter(code="ST.26").update(title="Changed elsewhere")
    RecordsVersion.objects.filter(pk=1).update(number=F("number") + 1, changed_at=Now())
    assert client.get("/api/standards/ST.26/").json()["title"] == before  # stamp unchanged
    replace_stamp()  # what the other process does once its transaction commits
    assert client.get("/api/standards/ST.26/").json()["title"] == "Changed elsewhere"


def test_an_unusable_stamp_path_falls_back_to_reading_the_database(client, settings, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    settings.PAGE_CACHE_STAMP = str(blocker / "records-version")
    first = client.get("/tasks/67/")
    assert first.status_code == 200
    task = Task.objects.get(number=67)
    task.note = "Seen without a stamp."
    task.save()
    assert "Seen without a stamp." in client.get("/tasks/67/").content.decode()


def test_a_cached_export_is_the_same_file(client, stamp):
    first = client.get("/decisions/?session=12&format=csv")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/decisions/?session=12&format=csv")
    assert len(queries) == 0
    assert second.content == first.content and first.content.count(b"\n") > 100
    assert second["Content-Disposition"] == 'attachment; filename="cws-decisions.csv"'
    assert second["Content-Type"] == "text/csv; charset=utf-8"


def test_a_cached_page_carries_the_same_security_headers(client, stamp):
    first = client.get("/sessions/12/")
    second = client.get("/sessions/12/")
    revalidated = client.get("/sessions/12/", HTTP_IF_NONE_MATCH=first["ETag"])
    for name in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert second[name] == first[name], name
    assert "Content-Security-Policy" in revalidated and "X-Content-Type-Options" in revalidated


def test_a_load_of_changed_records_bumps_the_version_once(client, stamp, tmp_path):
    from records.models import RecordsVersion
    from tests.sessions.test_load_records import copy_fixtures, edit_record

    folder = copy_fixtures(tmp_path)
    numbers = [24, 44, 67]
    for number in numbers:
        edit_record(
            folder,
            "01_catalog.json",
            lambda r, n=number: r["model"] == "tasks.task" and r["fields"]["number"] == n,
            lambda r: r["fields"].update(note=f"Reloaded note {r['fields']['number']}."),
        )
    assert "Reloaded note 24." not in client.get("/tasks/24/").content.decode()
    before = RecordsVersion.objects.get(pk=1).number
    call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())
    assert Task.objects.filter(note__startswith="Reloaded note").count() == len(numbers)
    assert RecordsVersion.objects.get(pk=1).number == before + 1
    assert "Reloaded note 24." in client.get("/tasks/24/").content.decode()
