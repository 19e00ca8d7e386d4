"""The public page cache (``cws/caching.py``) never serves a stale page: an edit is visible on
the next request; a revalidating browser gets 304; signed-in staff always get fresh pages; a
cached response is the rendered one, headers and all."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tasks.models import Task
from tests import factories
from tests.security.test_roles_and_history import admin_post_change

pytestmark = pytest.mark.django_db


def test_a_second_visit_is_served_from_the_cache(get):
    first = get("/tasks/67/")
    with CaptureQueriesContext(connection) as queries:
        second = get("/tasks/67/")
    assert second.content == first.content
    assert len(queries) == 1  # the records version, nothing else


def test_an_admin_edit_is_visible_on_the_next_request(client, get):
    assert "Edited by the secretariat" not in get("/tasks/67/").text
    editor = client.__class__()
    editor.force_login(factories.user("editor"))
    task = Task.objects.get(number=67)
    assert admin_post_change(editor, task, note="Edited by the secretariat.").status_code == 302
    assert "Edited by the secretariat." in get("/tasks/67/").text
    assert "Edited by the secretariat." in get("/api/tasks/67/").text


def test_revalidation_gets_304_until_a_record_changes(get):
    response = get("/sessions/12/")
    etag, modified = response["ETag"], response["Last-Modified"]
    assert "no-cache" in response["Cache-Control"]
    again = get("/sessions/12/", status=304, HTTP_IF_NONE_MATCH=etag)
    assert again["ETag"] == etag and not again.content
    assert again["Last-Modified"] == modified
    task = Task.objects.get(number=24)
    task.note = "A change."
    task.save()
    get("/sessions/12/", status=200, HTTP_IF_NONE_MATCH=etag)


def test_signed_in_staff_are_never_served_a_cached_page(client, get):
    get("/tasks/67/")
    client.force_login(factories.user("editor"))
    response = get("/tasks/67/")
    assert "ETag" not in response


def test_public_pages_set_no_csrf_cookie_and_so_can_be_cached(get):
    for path in ("/", "/decisions/", "/search/?q=survey", "/api/tasks/"):
        response = get(path)
        assert not response.cookies, path
        assert "ETag" in response, path


def test_a_cached_export_is_the_same_file(get, stamp):
    first = get("/decisions/?session=12&format=csv")
    with CaptureQueriesContext(connection) as queries:
        second = get("/decisions/?session=12&format=csv")
    assert len(queries) == 0
    assert second.content == first.content and first.content.count(b"\n") > 100
    assert second["Content-Disposition"] == 'attachment; filename="cws-decisions.csv"'
    assert second["Content-Type"] == "text/csv; charset=utf-8"


def test_a_cached_page_carries_the_same_security_headers(get, stamp):
    first = get("/sessions/12/")
    second = get("/sessions/12/")
    revalidated = get("/sessions/12/", status=304, HTTP_IF_NONE_MATCH=first["ETag"])
    for name in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert second[name] == first[name], name
    assert "Content-Security-Policy" in revalidated and "X-Content-Type-Options" in revalidated


def test_the_response_says_whether_the_page_came_from_the_cache(get):
    assert get("/tasks/67/")["X-Page-Cache"] == "miss"
    assert get("/tasks/67/")["X-Page-Cache"] == "hit"
    Task.objects.filter(number=67).get().save()  # any change of a record
    assert get("/tasks/67/")["X-Page-Cache"] == "miss"


def test_a_flood_of_distinct_addresses_stays_within_the_byte_bound(get, settings):
    """Every ignored parameter makes a new address; the process keeps at most MAX_BYTES."""
    from django.core.cache import caches

    cache = caches["pages"]
    cache.clear()
    page_size = len(get("/tasks/67/?flood=0").content)
    bound = cache.max_bytes
    cache.max_bytes = page_size * 5  # room for about four pages
    try:
        for n in range(1, 40):
            get(f"/tasks/67/?flood={n}")
            assert cache.held_bytes() <= cache.max_bytes
        assert get("/tasks/67/?flood=39")["X-Page-Cache"] == "hit"  # the newest stay
        assert get("/tasks/67/?flood=1")["X-Page-Cache"] == "miss"  # the oldest went
    finally:
        cache.max_bytes = bound
        cache.clear()
