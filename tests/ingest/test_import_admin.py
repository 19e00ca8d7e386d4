"""The report import in the admin, through the HTTP client as staff use it: upload each
format, review (accept, correct, reject, add), publish, discard, re-import, bad input.
(Who may do it: ``test_import_permissions.py``; that a draft is never public:
``test_import_not_public.py``; the browser: ``tests/browser/test_import.py``.)"""

from html import unescape

import pytest
from django.urls import reverse
from pypdf import PdfReader, PdfWriter

import records.ingest.report.draft as draft_module
from records.models import ImportReview
from sessions.models import AgendaItem, Decision, Document, Session
from standards.models import StandardEvent
from tasks.models import Task, TaskForce, TaskForceEvent
from tests import factories
from tests.conftest import form_fields
from tests.ingest.importing import (
    CWS_12_29,
    CWS_13_14_PDF,
    FILES,
    IMPORTS,
    MADE_UP,
    SOURCES,
    UPLOAD,
    action_url,
    latest_import,
    record_counts,
    review_url,
    row_counts,
    upload,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = factories.user("editor")
    client.force_login(user)
    return user


def draft_made_up(client, path=MADE_UP):
    """The made-up report CWS/99/9 uploaded for session 99, which publishing is to create."""
    response = upload(client, path, "CWS/99/9", 99, create_session=True)
    assert response.status_code == 302, response.content.decode()[:2000]
    report_import = latest_import()
    assert response["Location"] == review_url(report_import)
    return report_import


def send(submit, report_import, form_id, action, changes=None):
    """Send a form of the review page (``form_id``) to its action as a browser does."""
    sent = submit.fields(review_url(report_import), form_id)
    return submit.post(action_url(report_import, action), sent, changes)


def review(client, submit, report_import, key, action, **changes):
    """Send a decision's review form (its correction form for "corrected") as a browser does."""
    anchor = "d-" + key.replace(":", "-")
    form_id = f"correct-{anchor}" if action in ("corrected", "added") else f"review-{anchor}"
    page = review_url(report_import)
    sent = submit.fields(page, form_id)
    return submit.post(action_url(report_import, "decision"), sent, {"action": action, **changes})


# Upload ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [MADE_UP, FILES / "made_up_summary.pdf"], ids=["docx", "pdf"])
def test_an_upload_becomes_a_draft_to_review_and_writes_no_record(client, get, editor, path):
    before = record_counts()
    report_import = draft_made_up(client, path)
    assert record_counts() == before
    assert (report_import.symbol, report_import.session, report_import.status) == (
        "CWS/99/9",
        99,
        "draft",
    )
    assert report_import.imported_by == editor
    assert bytes(report_import.file_data) == path.read_bytes()
    page = get(review_url(report_import)).text
    # each drafted decision beside its source paragraph
    assert "The CWS approved the revision of WIPO Standard ST.26 as presented in document" in page
    assert "The Delegation of Examplia noted that it would implement" not in page  # ¶5: no decision
    assert "not reviewed yet" in page
    # the warnings, the proposed events and new records
    assert "Agenda item 3(b) has no heading for its parent item 3." in page
    assert "ST.26: revised" in page.replace("standard ST.26", "ST.26")
    assert "CWS/99 (created with its number only)" in page
    assert "Task No. 91" in page and "Example Data Task Force" in page and "CWS/99/4" in page
    assert "(no title printed: give one)" in page  # item 3 prints no heading


def test_a_text_file_of_a_document_already_in_the_records_shows_what_differs(client, get, editor):
    response = upload(client, SOURCES / "003_57596fb492d2674f.txt", "CWS/10/20", 10)
    assert response.status_code == 302
    page = get(review_url(latest_import())).text
    assert "Already in the records: what differs" in page
    assert "CWS/10/20 is already in the records. Publishing does not duplicate it" in page
    assert "Numbers of 13 paragraphs (1–13) are inferred" in page


def test_the_upload_form_says_the_limit_and_offers_to_create_the_session(client, get, editor):
    page = get(UPLOAD).text
    assert "At most 20 MB." in page
    assert 'name="create_session"' in page
    assert 'enctype="multipart/form-data"' in page and "csrfmiddlewaretoken" in page


# Review and publish ------------------------------------------------------------------------


def test_review_then_publish_writes_the_reviewed_records_with_their_history(
    client, get, submit, editor
):
    report_import = draft_made_up(client)
    response = review(client, submit, report_import, "body:2:2", "rejected")
    assert response.status_code == 302 and response["Location"].endswith("#d-body-2-2")
    review(client, submit, report_import, "body:2:1", "accepted")
    response = review(
        client,
        submit,
        report_import,
        "body:4:1",
        "corrected",
        kind="adopted",
        standards="ST.26, st 92",
        note="Corrected by the reviewer.",
    )
    assert response.status_code == 302
    sent = submit.fields(review_url(report_import), "add-decision-form")
    response = submit.post(
        action_url(report_import, "add"),
        sent,
        {
            "paragraph": "body:3",
            "kind": "considered",
            "nature": "decision",
            "text": "Discussions were based on document CWS/99/4",
            "documents": "CWS/99/4",
            "task_forces": "Example Data Task Force",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("#d-body-3-1")
    sent = submit.fields(review_url(report_import), "item-form-2")
    assert ("code", "3") in sent
    response = submit.post(
        action_url(report_import, "item"), sent, {"title": "Proposals for WIPO Standards"}
    )
    assert response.status_code == 302
    page = get(review_url(report_import)).text
    assert "0 not reviewed yet, 1 accepted, 1 corrected, 1 rejected, 1 added" in page
    assert "Rejected: not published, and no history event." in page

    response = send(submit, report_import, "publish-form", "publish")
    assert response.status_code == 302
    report_import.refresh_from_db()
    assert (report_import.status, report_import.published_by) == ("published", editor)
    assert report_import.published_at is not None

    session = Session.objects.get(number=99)
    document = Document.objects.get(symbol="CWS/99/9")
    assert (document.session, document.kind) == (session, "session_report")
    assert document.title == "Summary by the Chair (a made-up test report)"
    assert document.paragraphs.count() == 5
    decisions = {
        (d.paragraph.number, d.ordinal): d
        for d in Decision.objects.filter(paragraph__document=document).select_related("paragraph")
    }
    assert set(decisions) == {(2, 1), (3, 1), (4, 1)}  # ¶2 (2) rejected, ¶3 (1) added
    corrected = decisions[(4, 1)]
    assert (corrected.kind, corrected.note) == ("adopted", "Corrected by the reviewer.")
    assert corrected.agenda_item == AgendaItem.objects.get(session=session, code="3(b)")
    assert list(corrected.documents.values_list("symbol", flat=True)) == ["CWS/99/4"]
    assert set(
        StandardEvent.objects.filter(decision=corrected).values_list("standard__code", "kind")
    ) == {("ST.26", "adopted"), ("ST.92", "adopted")}  # drawn again from the correction
    assert not TaskForceEvent.objects.filter(decision__ordinal=2, paragraph__number=2).exists()
    assert AgendaItem.objects.get(session=session, code="3").title == "Proposals for WIPO Standards"
    assert Task.objects.filter(number=91).exists()
    assert TaskForce.objects.get(name="Example Data Task Force").slug == "example-data"
    assert Document.objects.get(symbol="CWS/99/4").kind == "working_document"

    # the history names the import and the publisher
    entry = corrected.history.latest()
    assert entry.history_change_reason == f"import:{report_import.pk}:CWS/99/9"
    assert entry.history_user == editor
    history = get(reverse("admin:cws_sessions_decision_history", args=[corrected.pk])).text
    assert f"Published from the import of CWS/99/9 by {editor.username}" in history
    # the import's own history: who imported, who published
    statuses = list(
        report_import.history.order_by("history_id").values_list("status", "history_user")
    )
    assert statuses == [("draft", editor.pk), ("published", editor.pk)]

    # the session page shows the published decisions with their paragraphs
    client.logout()
    session_page = get(reverse("session_detail", args=[99])).text
    assert (
        "The CWS approved the revision of WIPO Standard ST.26 as presented in document"
        in session_page
    )
    assert "/documents/CWS/99/9/#p4" in session_page
    assert "encouraged its Members to take part" not in session_page


def test_a_validation_error_names_the_record_and_field_and_writes_nothing(client, submit, editor):
    report_import = draft_made_up(client)
    before = record_counts()
    response = send(submit, report_import, "publish-form", "publish")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing was published" in page
    assert (
        "cws_sessions.agendaitem {&quot;session&quot;: [99], &quot;code&quot;: &quot;3&quot;}"
        in page
    )
    assert "field &#x27;title&#x27;: This field cannot be blank." in page
    assert record_counts() == before
    report_import.refresh_from_db()
    assert report_import.status == "draft"


def test_a_correction_whose_wording_is_not_in_the_paragraph_is_shown_again(client, submit, editor):
    report_import = draft_made_up(client)
    response = review(
        client, submit, report_import, "body:4:1", "corrected", text="The CWS adopted ST.99."
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "The wording must appear, word for word, in the cited paragraph." in page
    assert "The CWS adopted ST.99." in page  # the reviewer's input is kept
    assert not ImportReview.objects.filter(report_import=report_import).exists()
    response = review(client, submit, report_import, "body:4:1", "corrected", tasks="sixty")
    assert "“sixty” is not a Task number" in response.content.decode()


def test_discarding_leaves_nothing_behind(client, get, submit, editor):
    before = record_counts()
    report_import = draft_made_up(client)
    review(client, submit, report_import, "body:2:2", "rejected")
    response = send(submit, report_import, "discard-form", "discard")
    assert response.status_code == 302 and response["Location"] == IMPORTS
    report_import.refresh_from_db()
    assert report_import.status == "discarded" and report_import.discarded_by == editor
    assert (bytes(report_import.file_data), report_import.draft) == (b"", {})
    assert not report_import.reviews.exists()
    assert record_counts() == before
    assert "This draft was discarded" in get(review_url(report_import)).text
    # a discarded import cannot be published
    response = client.post(action_url(report_import, "publish"), {})
    assert response.status_code == 302
    assert record_counts() == before


def test_a_second_publish_of_the_same_import_is_refused(client, submit, editor):
    report_import = draft_made_up(client)
    send(submit, report_import, "item-form-2", "item", {"title": "Item 3"})
    assert send(submit, report_import, "publish-form", "publish").status_code == 302
    before = row_counts()
    response = client.post(action_url(report_import, "publish"), {}, follow=True)
    assert "This import is no longer a draft." in response.content.decode()
    assert row_counts() == before


# Re-import ---------------------------------------------------------------------------------


def publish_made_up(client, submit, **corrections):
    report_import = draft_made_up(client)
    send(submit, report_import, "item-form-2", "item", {"title": "Item 3"})
    for key, changes in corrections.items():
        review(client, submit, report_import, key, "corrected", **changes)
    assert send(submit, report_import, "publish-form", "publish").status_code == 302
    return report_import


def test_a_reimport_shows_what_differs_and_applies_it_without_duplicates(
    client, get, submit, editor
):
    publish_made_up(client, submit, **{"body:4:1": {"kind": "noted"}})
    counts = record_counts()
    # a reimport of the same document (no session to create now)
    assert upload(client, MADE_UP, "CWS/99/9", 99).status_code == 302
    second = latest_import()
    page = unescape(get(review_url(second)).text)
    assert "Already in the records: what differs" in page
    assert 'cws_sessions.decision ["CWS/99/9", "body", 4, 1]' in page
    assert 'kind: <span class="old">noted</span> → <span class="new">approved</span>' in page
    assert "Differs from the records: kind." in page
    assert "The same as in the records." in page  # the other decisions
    assert "CWS/99 (created" not in page  # the session exists now
    assert send(submit, second, "publish-form", "publish").status_code == 302
    assert Decision.objects.get(
        paragraph__document__symbol="CWS/99/9", paragraph__number=4
    ).kind == ("approved")
    after = record_counts()
    for label in ("cws_sessions.Paragraph", "cws_sessions.Decision", "cws_sessions.Document"):
        assert after[label] == counts[label], label  # nothing duplicated
    assert after["standards.StandardEvent"] == counts["standards.StandardEvent"] + 1  # "revised"


def test_a_reimport_leaves_staff_changes_unless_the_reviewer_overwrites_them(
    client, get, submit, editor, admin_url
):
    publish_made_up(client, submit)
    decision = Decision.objects.get(
        paragraph__document__symbol="CWS/99/9", paragraph__number=2, ordinal=2
    )
    staff = factories.user("editor")
    client.force_login(staff)
    assert (
        submit(admin_url(Decision, "change", decision.pk), {"kind": "supported"}).status_code == 302
    )
    client.force_login(editor)
    upload(client, MADE_UP, "CWS/99/9", 99)
    second = latest_import()
    page = unescape(get(review_url(second)).text)
    assert f"changed in the admin by {staff.username}" in page
    key = 'cws_sessions.decision ["CWS/99/9", "body", 2, 2]'
    assert ("overwrite", key) not in submit.fields(review_url(second), "publish-form")
    assert send(submit, second, "publish-form", "publish").status_code == 302
    decision.refresh_from_db()
    assert decision.kind == "supported"  # left as staff changed it
    second.refresh_from_db()
    assert [kept["key"] for kept in second.result["kept"]] == [key]
    assert key in unescape(get(review_url(second)).text)

    upload(client, MADE_UP, "CWS/99/9", 99)
    third = latest_import()
    response = send(submit, third, "publish-form", "publish", {"overwrite": key})
    assert response.status_code == 302
    decision.refresh_from_db()
    assert decision.kind == "encouraged"  # the reviewer chose the document's version
    third.refresh_from_db()
    assert third.result["overwritten"] == [key]


# Bad input ---------------------------------------------------------------------------------


def encrypted_pdf():
    writer = PdfWriter(clone_from=PdfReader(CWS_13_14_PDF))
    writer.encrypt("a-password")
    from io import BytesIO

    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def textless_pdf():
    from io import BytesIO

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


BAD_UPLOADS = [
    ("report.docx", lambda: CWS_13_14_PDF.read_bytes(), "CWS/13/14", 13, "holds a PDF"),
    ("report.pdf", lambda: b"1. The CWS noted.\n", "CWS/13/14", 13, "named .pdf but holds plain"),
    ("report.pdf", encrypted_pdf, "CWS/13/14", 13, "encrypted"),
    ("report.pdf", textless_pdf, "CWS/13/14", 13, "no text layer"),
    ("report.txt", lambda: b"", "CWS/13/14", 13, "The submitted file is empty."),
    ("report.txt", lambda: b"  \n \n", "CWS/13/14", 13, "The file is empty."),
    ("report.rtf", lambda: b"{\\rtf1 x}", "CWS/13/14", 13, "Unsupported file type"),
    (
        "report.pdf",
        lambda: CWS_13_14_PDF.read_bytes(),
        "CWS/12/29",
        12,
        "The document prints the symbol CWS/13/14, not CWS/12/29",
    ),
    (
        "report.docx",
        lambda: MADE_UP.read_bytes(),
        "CWS/99/9",
        99,
        "Session 99 is not in the records yet. Tick “create the session”",
    ),
]


@pytest.mark.parametrize(("name", "make", "symbol", "session", "message"), BAD_UPLOADS)
def test_bad_input_gets_its_message_and_writes_nothing(
    client, editor, name, make, symbol, session, message
):
    before = row_counts()
    response = upload(client, MADE_UP, symbol, session, name=name, data=make())
    assert response.status_code == 200
    page = response.content.decode().replace("&quot;", '"').replace("&#x27;", "'")
    assert message in page
    assert "The report could not be imported; nothing was written." in page
    assert row_counts() == before


def test_an_oversized_file_says_the_limit_and_writes_nothing(client, editor, monkeypatch):
    monkeypatch.setattr(draft_module, "MAX_BYTES", 1024 * 1024)
    before = row_counts()
    big = b"1.\tThe CWS noted the report.\n" * 60_000  # 1.7 MB of text
    response = upload(client, MADE_UP, "CWS/13/14", 13, name="report.txt", data=big)
    assert "The file is 1.7 MB; the limit is 1 MB." in response.content.decode()
    assert row_counts() == before


def test_the_upload_needs_a_csrf_token(editor):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    before = row_counts()
    response = upload(strict, MADE_UP, "CWS/99/9", 99, create_session=True)
    assert response.status_code == 403
    assert row_counts() == before


# A long report ----------------------------------------------------------------------------


def test_a_long_draft_is_reviewed_in_small_forms_page_by_page(client, get, editor):
    assert upload(client, CWS_12_29, "CWS/12/29", 12).status_code == 302
    report_import = latest_import()
    assert len(report_import.draft["decisions"]) == 111
    seen = set()
    for page_number in range(1, 7):
        html = get(review_url(report_import, page_number)).text
        ids = [
            part.split('"')[0]
            for part in html.split('<form method="post" action="')[1:]
            for part in [part.split('id="', 1)[1]]
        ]
        assert len(ids) <= 2 * 20 + 45 + 3  # 20 decisions' two forms, items, add, publish, discard
        for form_id in ids:
            fields = form_fields(html, form_id)
            assert len(fields) < 20, (form_id, len(fields))
            seen.update(value for name, value in fields if name == "key")
    assert len(seen) == 111  # every drafted decision on one of the pages
    # a page number out of range or not a number shows a page, never an error
    assert '<span aria-current="page">6</span>' in get(review_url(report_import, 99)).text
    assert '<span aria-current="page">1</span>' in get(review_url(report_import, "x")).text
