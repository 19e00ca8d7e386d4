"""/sessions/<number>/: officers, agenda, decisions, participants, documents, and the official
meeting page where a document gives it, cited."""

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
