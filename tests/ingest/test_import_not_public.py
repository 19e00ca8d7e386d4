"""A draft is not public: no page, feed, API answer, search result, sitemap entry or export
shows any of it until it is published. The made-up report CWS/99/9 names things no record
names ("Examplia", the Example Data Task Force, Task No. 91, session 99): every public surface
is searched for them with a draft stored, then again once it is published, where they must
appear (so that the first half could fail)."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from records.version import read_version
from tests import factories
from tests.ingest.importing import MADE_UP, action_url, latest_import, review_url, upload

pytestmark = pytest.mark.django_db

MARKS = ("CWS/99/9", "Examplia", "Example Data Task Force", "CWS/99/4")

# Pages and data that list records, with what they show once the draft is published.
SURFACES = [
    "/",
    "/sessions/",
    "/decisions/",
    "/decisions/?format=csv",
    "/decisions/?format=json",
    "/documents/",
    "/documents/?format=json",
    "/task-forces/",
    "/tasks/?format=csv",
    "/search/?q=Delegation+implement+revised",  # ¶5 names Examplia (the query is echoed)
    "/search/?q=Example+Data",
    "/api/decisions/?search=Example+Data&page_size=500",
    "/api/documents/?search=CWS/99",
    "/api/sessions/",
    "/api/task-forces/",
    "/feeds/decisions/",
    "/sitemap.xml",
    "/sitemap-sessions.xml",
    "/sitemap-documents.xml",
    "/sitemap-decisions.xml",
    "/calendar/sessions.ics",
]
# Addresses of the draft's own records: not found until published.
RECORD_PAGES = [
    "/sessions/99/",
    "/documents/CWS/99/9/",
    "/tasks/91/",
    "/task-forces/example-data/",
    "/api/sessions/99/",
    "/api/documents/CWS/99/9/",
    "/api/tasks/91/",
    "/feeds/sessions/99/",
]


def public_text(client):
    """Everything the public surfaces answer, and the statuses of the draft's record pages."""
    client.logout()
    texts = []
    for url in SURFACES:
        response = client.get(url)
        assert response.status_code == 200, url
        texts.append(response.content.decode())
    statuses = {url: client.get(url).status_code for url in RECORD_PAGES}
    return "\n".join(texts), statuses


def backup_text(tmp_path):
    path = tmp_path / "backup.json"
    call_command("export_records", str(path), stdout=io.StringIO())
    return path.read_text(encoding="utf-8")


def test_a_draft_shows_nowhere_until_it_is_published(client, submit, tmp_path):
    editor = factories.user("editor")
    version = read_version()[0]
    text, statuses = public_text(client)
    assert [m for m in MARKS if m in text] == []  # not there before the upload either

    client.force_login(editor)
    assert upload(client, MADE_UP, "CWS/99/9", 99, create_session=True).status_code == 302
    report_import = latest_import()
    sent = submit.fields(review_url(report_import), "item-form-2")
    submit.post(action_url(report_import, "item"), sent, {"title": "Item 3"})

    text, statuses = public_text(client)
    for mark in MARKS:
        assert mark not in text, mark
    assert set(statuses.values()) == {404}, statuses
    assert not any(mark in backup_text(tmp_path) for mark in MARKS)
    assert read_version()[0] == version  # a draft is no change of the records

    client.force_login(editor)
    sent = submit.fields(review_url(report_import), "publish-form")
    assert submit.post(action_url(report_import, "publish"), sent).status_code == 302
    text, statuses = public_text(client)
    for mark in MARKS:
        assert mark in text, mark
    assert set(statuses.values()) == {200}, statuses
    assert "CWS/99/9" in backup_text(tmp_path)
    assert read_version()[0] > version


def test_the_admin_index_lists_imports_for_editors_only(client):
    client.force_login(factories.user("editor"))
    assert (
        reverse("admin:records_reportimport_changelist") in client.get("/admin/").content.decode()
    )
    client.force_login(factories.user("viewer"))
    assert (
        reverse("admin:records_reportimport_changelist")
        not in client.get("/admin/").content.decode()
    )
