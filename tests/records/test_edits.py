"""No edit is ever lost (issue 10, items 2-7): one history entry per accepted save and none for
a save that changes nothing; stale inline rows refused like stale records; every record's form
can be saved; the history reads as a history; the editor sees the paragraph beside the wording.
Simultaneous saves against a live server are in test_concurrent_saves.py."""

import pytest
from django.conf import settings

from assistance.models import AssistanceReport
from sessions.models import AgendaItem, Decision, Document, Session
from standards.models import Standard
from tasks.models import Survey, Task, TaskEvent, TaskForce
from tests import factories
from tests.conftest import form_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = factories.user("editor")
    client.force_login(user)
    return user


def decision_146():
    return Decision.objects.get(paragraph__document__symbol="CWS/12/29", paragraph__number=146)


# The records with the largest child sets of each kind: their forms are the heaviest.
HEAVY = [
    (Session, {"number": 12}),
    (Document, {"symbol": "CWS/12/29"}),
    (AgendaItem, {"session__number": 12, "code": "8(c)"}),
    (Decision, {"paragraph__document__symbol": "CWS/12/29", "paragraph__number": 146}),
    (Task, {"number": 67}),
    (TaskForce, {"slug": "ip-data-exchange"}),
    (Standard, {"code": "ST.26"}),
    (Survey, {"slug": "ip-data-exchange-practices-2025"}),
    (AssistanceReport, {"year": 2023}),
]


@pytest.mark.parametrize(("model", "lookup"), HEAVY, ids=[m.__name__ for m, _ in HEAVY])
def test_every_record_can_be_saved_and_a_save_that_changes_nothing_records_nothing(
    superuser_client, submit, admin_url, model, lookup
):
    """The form of the record with the most rows of each kind stays under Django's 1,000-field
    limit (large child sets are linked, not inlined) and, sent back as the browser sends it
    (Windows line endings in every text box), saves and writes no history entry."""
    record = model.objects.get(**lookup)
    url = admin_url(model, "change", record.pk)
    sent = submit.fields(url)
    assert len(sent) < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    entries = model.history.count()
    response = submit.post(url, sent)
    assert response.status_code == 302, response.content[:3000]
    assert model.history.count() == entries


def test_an_edit_writes_exactly_one_entry_with_its_links(editor, submit, admin_url):
    """A record and its many-to-many links make one history entry, holding the links."""
    decision = decision_146()
    before = decision.history.count()
    cited = Document.objects.get(symbol="CWS/12/15")
    response = submit(
        admin_url(Decision, "change", decision.pk),
        {"note": "Checked against the report.", "documents": [str(cited.pk)]},
    )
    assert response.status_code == 302
    assert decision.history.count() == before + 1
    latest = decision.history.order_by("-history_id").first()
    assert latest.history_user == editor and latest.history_type == "~"
    assert latest.note == "Checked against the report."
    assert [d.document_id for d in latest.documents.all()] == [cited.pk]


def test_an_addition_writes_one_entry_marked_as_added(editor, submit, admin_url):
    response = submit(
        admin_url(Task, "add"),
        {"number": "901", "description": "A Task added by the secretariat."},
        form_id="task_form",
    )
    assert response.status_code == 302, response.content[:2000]
    task = Task.objects.get(number=901)
    assert [(e.history_type, e.history_user) for e in task.history.all()] == [("+", editor)]


def test_a_stale_inline_row_is_refused_and_the_newer_save_kept(client, submit, admin_url):
    """Reproduced before: a Task event edited in its own form, then the Task saved from a form
    opened earlier, reset the event's note. The stale row is now refused like a stale record."""
    client.force_login(factories.user("editor"))
    task = Task.objects.get(number=67)
    task_url = admin_url(Task, "change", task.pk)
    opened_earlier = submit.fields(task_url)
    event = TaskEvent.objects.filter(task=task).order_by("pk").first()
    second = factories.user("editor")
    client.force_login(second)
    assert (
        submit(admin_url(TaskEvent, "change", event.pk), {"note": "Newer note."}).status_code == 302
    )
    client.force_login(factories.user("editor"))
    response = submit.post(task_url, opened_earlier, {"note": "The Task's own note."})
    assert response.status_code == 200
    page = response.content.decode()
    assert f"was changed by {second.username}" in page
    event.refresh_from_db()
    task.refresh_from_db()
    assert event.note == "Newer note."
    assert task.note != "The Task's own note."  # nothing of the refused save was written
    # the refused form keeps what the editor typed
    assert "The Task&#x27;s own note." in page or "The Task's own note." in page


def test_a_stale_decision_under_its_agenda_item_is_refused(client, submit, admin_url):
    client.force_login(factories.user("editor"))
    decision = decision_146()
    item_url = admin_url(AgendaItem, "change", decision.agenda_item_id)
    opened_earlier = submit.fields(item_url)
    other = factories.user("editor")
    client.force_login(other)
    changed = submit(admin_url(Decision, "change", decision.pk), {"note": "Checked."})
    assert changed.status_code == 302
    client.force_login(factories.user("editor"))
    response = submit.post(item_url, opened_earlier)
    assert response.status_code == 200
    assert f"was changed by {other.username}" in response.content.decode()
    decision.refresh_from_db()
    assert decision.note == "Checked."


def test_the_history_page_reads_as_a_history(superuser_client, get, submit, admin_url):
    """Whole changed values, the load from the curated records named, a restore recorded as a
    restore of that version by its author, and a restored text byte-identical."""
    decision = decision_146()
    original = decision.note
    long_note = "A long note: " + "the wording was checked against the report. " * 6
    url = admin_url(Decision, "change", decision.pk)
    assert submit(url, {"note": long_note}).status_code == 302
    page = get(admin_url(Decision, "history", decision.pk)).text
    assert long_note.strip() in page and "chars]" not in page
    assert "Loaded from the curated records" in page
    assert "Changed by None" not in page and ">None<" not in page
    first = decision.history.order_by("history_id").first()
    restore_url = admin_url(Decision, "simple_history", decision.pk, first.history_id)
    response = submit(restore_url)
    assert response.status_code == 302
    decision.refresh_from_db()
    assert decision.note == original  # byte for byte, whatever the browser's line endings
    latest = decision.history.order_by("-history_id").first()
    assert latest.history_change_reason == f"restore:{first.history_id}"
    page = get(admin_url(Decision, "history", decision.pk)).text
    assert "Restored the version of" in page and "by the curated records" in page


def test_the_decision_form_shows_the_paragraph_beside_the_wording(superuser_client, get, admin_url):
    decision = decision_146()
    page = get(admin_url(Decision, "change", decision.pk)).text
    assert 'class="source-paragraph"' in page
    assert (
        "The CWS approved the creation of Task No. 67" in page.split('class="source-paragraph"')[1]
    )
    for title in ("Tasks concerned", "Standards concerned", "Task Forces concerned"):
        assert title in page
    event = TaskEvent.objects.filter(decision=decision).first()
    page = get(admin_url(TaskEvent, "change", event.pk)).text
    assert 'class="source-paragraph"' in page


def test_form_fields_are_what_a_browser_sends():
    """The tests' form reader: checked boxes only, selected options, CRLF in text boxes."""
    html = (
        '<form id="f"><input name="a" value="1"><input type="checkbox" name="b">'
        '<input type="checkbox" name="c" value="on" checked><select name="d" multiple>'
        '<option value="x" selected><option value="y"></select>'
        '<textarea name="e">\nline one\nline two</textarea><input type="submit" name="s"></form>'
    )
    assert form_fields(html, "f") == [
        ("a", "1"),
        ("c", "on"),
        ("d", "x"),
        ("e", "line one\r\nline two"),
    ]
