"""/sessions/<number>/: officers, agenda, decisions, participants, documents, and the official
meeting page where a document gives it, cited."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_session_page_has_officers_agenda_decisions_participants_and_documents(get):
    html = get("/sessions/12/").text
    assert "Michael Cristiano" in html and "Vice-Chair" in html and "Secretary" in html
    assert 'id="item-8c"' in html
    assert "The CWS approved the creation of Task No. 67" in html
    assert 'href="/documents/CWS/12/29/#p146"' in html
    assert "Member state (64)" in html or "member state (64)" in html.lower()
    assert "Jamaica" in html and "Jamica" in html  # the slip is shown as printed
    assert 'href="/documents/CWS/12/25/"' in html


def test_session_11_lists_what_the_general_assembly_report_records(get):
    html = get("/sessions/11/").text
    assert "Åsa Viken" in html
    assert 'href="/documents/WO/GA/57/8/#p10"' in html


def meeting_page_entry(html):
    """The "Official meeting page" entry of a session's facts, or None."""
    if "Official meeting page" not in html:
        return None
    start = html.index("Official meeting page")
    return html[start : html.index("</dd>", start)]


@pytest.mark.parametrize(
    ("number", "meeting_url", "citation"),
    [
        (
            12,
            "https://www.wipo.int/meetings/en/details.jsp?meeting_id=80922",
            ("/documents/CWS/12/29/#p11", "CWS/12/29 ¶11"),
        ),
        (
            11,
            "https://www.wipo.int/meetings/en/details.jsp?meeting_id=75413",
            ("/documents/WO/GA/57/8/#p3", "WO/GA/57/8 ¶3"),
        ),
    ],
    ids=["CWS/12", "CWS/11"],
)
def test_the_official_meeting_page_is_linked_and_cited(get, number, meeting_url, citation):
    entry = meeting_page_entry(get(f"/sessions/{number}/").text)
    assert entry is not None, f"CWS/{number} shows no official meeting page"
    assert f'<a href="{meeting_url}" rel="external">' in entry
    href, label = citation
    assert f'<a class="citation" href="{href}">{label}</a>' in entry


@pytest.mark.parametrize("number", [10, 13], ids=["CWS/10", "CWS/13"])
def test_no_meeting_page_is_shown_where_no_document_gives_one(get, number):
    html = get(f"/sessions/{number}/").text
    assert meeting_page_entry(html) is None
    assert "wipo.int/meetings" not in html


def decision_article(html, anchor):
    start = html.index(f'<article class="decision" id="{anchor}"')
    return html[start : html.index("</article>", start)]


def test_a_proposal_on_the_session_page_reads_as_a_proposal(get):
    """CWS/12/29 ¶50: what the Task Force proposed, never shown with an "approved" badge."""
    article = decision_article(get("/sessions/12/").text, "d-cws-12-29-50-1")
    meta = article[: article.index("</p>")]
    assert "proposal: to approve" in meta
    assert "kind-approved" not in meta
    assert not re.search(r">\s*approved\s*<", meta), meta


@pytest.mark.parametrize("number", [10, 13], ids=["CWS/10", "CWS/13"])
def test_a_section_holding_only_proposals_is_headed_proposals(get, number):
    html = get(f"/sessions/{number}/").text
    assert "Proposals reported without an agenda item" in html
    assert "Decisions reported without an agenda item" not in html
