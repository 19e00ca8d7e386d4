"""The holes an audit of the landed site found (issue 12, items 6, 7 and 10), each reproduced:
a NUL byte in an address or an admin parameter, a Host header that poisons the page cache,
TRACE answered with 200, and the Content-Security-Policy's loose ends. Run on SQLite and on
PostgreSQL (PostgreSQL refuses NUL in text, which is where the 500s came from)."""

import pytest
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db

NUL_PATHS = [
    "/standards/%00/",
    "/standards/ST.92%00/",
    "/documents/CWS/12/29%00/",
    "/documents/%00/",
    "/tasks/67%00/",
    "/task-forces/%00/",
    "/feeds/standards/ST.92%00/",
    "/feeds/task-forces/%00/",
    "/api/standards/x%00/",
    "/api/documents/x%00/",
    "/api/offices/x%00/",
    "/api/surveys/x%00/",
    "/api/task-forces/x%00/",
    "/surveys/%00/",
    "/%00/",
]


@pytest.mark.parametrize("path", NUL_PATHS)
def test_a_nul_byte_in_an_address_is_a_clear_404(client, path):
    response = client.get(path, secure=True)
    assert response.status_code == 404, (path, response.status_code)


ADMIN_NUL = [
    "/admin/autocomplete/?app_label=cws_sessions&model_name=decision&field_name=session&term=%00",
    "/admin/autocomplete/?app_label=tasks&model_name=taskevent&field_name=task&term=a%00b",
    "/admin/cws_sessions/decision/?kind__exact=%00",
    "/admin/cws_sessions/decision/?q=%00",
    "/admin/tasks/task/?status__exact=%00",
    "/admin/cws_sessions/document/?kind__exact=%00&q=x",
    "/admin/cws_sessions/decision/?session__number__exact=%00",
]


@pytest.mark.parametrize("path", ADMIN_NUL)
def test_a_nul_byte_in_an_admin_parameter_is_a_clear_400(superuser_client, path):
    response = superuser_client.get(path, secure=True)
    assert response.status_code == 400, (path, response.status_code)
    assert "NUL" in response.content.decode()


def test_a_nul_byte_in_a_public_query_string_is_a_clear_400(client):
    response = client.get("/decisions/?kind=%00", secure=True)
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


# Item 7: the Host header and the page cache.


@pytest.mark.parametrize(
    "path,needle",
    [
        ("/api/sessions/12/", '"url":"http://testserver/sessions/12/"'),
        ("/feeds/sessions/12/", "http://testserver/sessions/12/"),
        ("/calendar/sessions.ics", "http://testserver/sessions/12/"),
        ("/sitemap.xml", "http://testserver/sitemap-sessions.xml"),
        ("/sitemap-sessions.xml", "http://testserver/sessions/12/"),
    ],
)
def test_another_port_in_the_host_header_does_not_poison_the_cache(path, needle):
    attacker, visitor = Client(), Client()
    poisoned = attacker.get(path, HTTP_HOST="127.0.0.1:6666", HTTP_ACCEPT="application/json")
    assert poisoned.status_code == 200
    assert "127.0.0.1:6666" in poisoned.content.decode()  # the attacker sees their own host
    later = visitor.get(path, HTTP_ACCEPT="application/json").content.decode()
    assert "127.0.0.1:6666" not in later
    assert needle in later


@pytest.mark.parametrize("path", ["/", "/sessions/12/", "/api/sessions/12/", "/sitemap.xml"])
def test_a_disallowed_host_never_gets_a_page_not_even_a_cached_one(path):
    assert Client().get(path).status_code == 200  # now in the cache
    response = Client().get(path, HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "sessions" not in response.content.decode()


# Item 10: TRACE, and the Content-Security-Policy.


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/decisions/",
        "/feeds/sessions/12/",
        "/sitemap.xml",
        "/calendar/sessions.ics",
        "/",
        "/api/sessions/",
        "/admin/login/",
    ],
)
def test_trace_is_refused(client, path):
    response = client.generic("TRACE", path, secure=True)
    assert response.status_code == 405, (path, response.status_code)


def policy(response):
    header = response["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in header.split("; ")}


@pytest.mark.parametrize("path", ["/", "/sessions/12/", "/admin/login/", "/api/docs/"])
def test_base_uri_is_none(client, path):
    assert policy(client.get(path, secure=True))["base-uri"] == ["'none'"]


@pytest.mark.parametrize(
    "path",
    ["/", "/sessions/12/", "/tasks/67/", "/technical-assistance/", "/admin/login/"],
)
def test_inline_styles_are_refused_where_nothing_needs_them(client, path):
    assert "'unsafe-inline'" not in policy(client.get(path, secure=True))["style-src"]


def test_the_signed_in_admin_refuses_inline_styles_too(superuser_client):
    for path in ("/admin/", "/admin/cws_sessions/decision/", "/admin/tasks/task/67/change/"):
        response = superuser_client.get(path, secure=True)
        assert "'unsafe-inline'" not in policy(response)["style-src"], path


def test_only_the_api_docs_allow_inline_styles(client):
    # ReDoc renders its styles into <style> elements at run time (styled-components)
    assert "'unsafe-inline'" in policy(client.get("/api/docs/", secure=True))["style-src"]


def test_an_editor_is_not_shown_a_page_for_another_host(client):
    client.force_login(factories.user("editor"))
    assert client.get("/admin/", HTTP_HOST="evil.example").status_code == 400
