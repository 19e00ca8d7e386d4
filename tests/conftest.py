"""What every test shares: the curated records (loaded once per run), clean caches, and the
helpers that fetch a page and check its status (``get``, ``api``, ``feed``)."""

import io
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.core.cache import caches
from django.core.management import call_command

from records.version import forget_version

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the curated records, loaded once per run."""
    with django_db_blocker.unblock():
        call_command("load_records", stdout=io.StringIO())


@pytest.fixture
def client():
    """Django's test client, whose ``force_login`` passes the second factor too, as the real
    sign-in does (tests/signin.py)."""
    from tests.signin import Client

    return Client()


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.SECURE_SSL_REDIRECT = False  # the test client speaks plain HTTP
    caches["pages"].clear()  # a test's rolled-back records must not be served to the next
    forget_version()  # nor the version a rolled-back change had bumped
    settings.STATIC_ROOT = None  # nothing is collected in tests; finders serve the files
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def get(client):
    """``get(url, status=200, **extra) -> response``: a GET with the test's ``client`` (signed
    in if the test signed it in), failing with the address when the status is not ``status``.
    The response's decoded body is ``response.text``; ``extra`` goes to ``client.get``
    (``secure=True``, ``HTTP_IF_NONE_MATCH=...``, a dict of query parameters as ``data``)."""

    def fetch(url, status=200, **extra):
        response = client.get(url, **extra)
        assert response.status_code == status, (
            f"GET {url}: status {response.status_code}, expected {status}\n"
            f"{response.content[:500].decode(errors='replace')}"
        )
        return response

    return fetch


@pytest.fixture
def api(get):
    """``api(url, status=200) -> data``: an API address fetched with ``get``, answered with
    JSON, parsed."""

    def fetch(url, status=200, **extra):
        response = get(url, status, **extra)
        assert response["Content-Type"].startswith("application/json"), (
            url,
            response["Content-Type"],
        )
        return response.json()

    return fetch


@pytest.fixture
def feed(get):
    """``feed(url) -> (feed, entries)``: an Atom feed fetched with ``get`` and parsed."""

    def fetch(url):
        response = get(url)
        assert response["Content-Type"].startswith("application/atom+xml"), url
        root = ET.fromstring(response.content)
        return root, root.findall(f"{ATOM}entry")

    return fetch


@pytest.fixture
def stamp(settings, tmp_path):
    """The records version shared through a stamp file, as on a production host."""
    settings.PAGE_CACHE_STAMP = str(tmp_path / "run" / "records-version")
    return tmp_path / "run" / "records-version"


@pytest.fixture
def superuser_client(client):
    """The test's ``client``, signed in as a superuser (so ``get`` is too)."""
    from tests import factories

    client.force_login(factories.user("superuser"))
    return client


@pytest.fixture
def admin_url():
    """``admin_url(model, view, *args)``: the address of a model's admin page ("changelist",
    "add", "change", "history", "delete")."""
    from django.urls import reverse

    def address(model, view, *args):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)

    return address


class _FormFields(HTMLParser):
    """The fields a browser would send from the first ``<form>`` with ``form_id``: inputs
    (checked boxes only), selected options, textareas (their text with the browser's CRLF)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        kind = attrs.get("type", "text")
        if tag == "input" and attrs.get("name") and kind not in ("submit", "button", "file"):
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.fields.append([attrs["name"], attrs.get("value", default)])
        elif tag == "select" and attrs.get("name"):
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append([self.select, attrs.get("value", "")])
        elif tag == "textarea" and attrs.get("name"):
            self.textarea = [attrs["name"], ""]

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            name, text = self.textarea
            self.fields.append([name, text.removeprefix("\n").replace("\n", "\r\n")])
            self.textarea = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def form_fields(html, form_id):
    """[(name, value)] as a browser submits the form ``form_id`` of a page."""
    parser = _FormFields(form_id)
    parser.feed(html)
    assert parser.fields, f"no form {form_id!r} on the page"
    return [tuple(field) for field in parser.fields]


@pytest.fixture
def submit(client):
    """``submit(url, changes=None, form_id=None) -> response``: open an admin form at ``url``
    and send it back as a browser would, with ``changes`` ({name: value}) typed in; the form
    is the model's change form unless ``form_id`` names another. ``fields(url)`` gives what a
    form would send, to post later (a stale form) with ``post(url, fields)``."""

    def fields(url, form_id=None):
        page = client.get(url)
        assert page.status_code == 200, f"GET {url}: status {page.status_code}"
        form_id = form_id or f"{page.context['opts'].model_name}_form"
        return form_fields(page.content.decode(), form_id)

    def post(url, sent, changes=None):
        values = {}
        for name, value in sent:
            values.setdefault(name, []).append(value)
        for name, value in (changes or {}).items():
            values[name] = value if isinstance(value, list) else [value]
        return client.post(url, values)  # a list is sent as one field per value

    def send(url, changes=None, form_id=None):
        return post(url, fields(url, form_id), changes)

    send.fields, send.post = fields, post
    return send
