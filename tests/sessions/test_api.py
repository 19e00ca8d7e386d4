"""The API of sessions, decisions, documents and offices (``sessions/api.py``): the fields
clients rely on and the filters. (What every endpoint shares: ``tests/records/test_api.py``.)"""

import pytest

pytestmark = pytest.mark.django_db


def test_session_fields(api):
    session = api("/api/sessions/12/")
    assert session["number"] == 12
    assert (session["start_date"], session["end_date"]) == ("2024-09-16", "2024-09-19")
    assert session["city"] == "Geneva"
    assert session["chair"] == "Michael Cristiano"
    assert len(session["vice_chairs"]) == 2
    assert "CWS/12/29" in session["documents"]
    assert session["url"] == "http://testserver/sessions/12/"
    unknown_dates = api("/api/sessions/13/")
    assert unknown_dates["start_date"] is None and unknown_dates["end_date"] is None


@pytest.mark.parametrize(
    ("number", "meeting_url", "citation"),
    [
        (12, "https://www.wipo.int/meetings/en/details.jsp?meeting_id=80922", "CWS/12/29 ¶11"),
        (11, "https://www.wipo.int/meetings/en/details.jsp?meeting_id=75413", "WO/GA/57/8 ¶3"),
        (10, None, None),
        (13, None, None),
    ],
    ids=["CWS/12", "CWS/11", "CWS/10", "CWS/13"],
)
def test_a_session_gives_its_official_meeting_page_with_its_citation(
    api, number, meeting_url, citation
):
    session = api(f"/api/sessions/{number}/")
    assert session["meeting_url"] == meeting_url
    assert session["meeting_url_citation"] == citation
    listed = next(s for s in api("/api/sessions/")["results"] if s["number"] == number)
    assert (listed["meeting_url"], listed["meeting_url_citation"]) == (meeting_url, citation)


def test_decision_fields_and_filters(api):
    page = api("/api/decisions/?session=12&kind=approved&task=67")
    (created,) = [d for d in page["results"] if d["paragraph"] == 146]
    assert created["session"] == 12
    assert created["agenda_item"] == "8(c)"
    assert created["kind"] == "approved"
    assert created["document"] == "CWS/12/29"
    assert created["tasks"] == [67]
    assert created["text"].startswith("The CWS approved the creation of Task No. 67")
    assert created["paragraph_url"] == "http://testserver/documents/CWS/12/29/#p146"
    adopted = api("/api/decisions/?standard=ST.92&kind=adopted")["results"]
    assert [d["standards"] for d in adopted] == [["ST.92"]]
    reported = api("/api/decisions/?session=11")["results"]
    assert all(d["agenda_item"] is None for d in reported)
    assert api("/api/decisions/?task_force=ip-data-exchange")["count"] >= 3


def test_document_fields(api):
    document = api("/api/documents/CWS/12/29/")
    assert len(document["paragraphs"]) == 175
    assert document["paragraphs"][145]["url"].endswith("/documents/CWS/12/29/#p146")


def test_office_fields(api):
    assert api("/api/offices/Japan Patent Office/")["country"] == "Japan"


def test_the_schema_says_the_decisions_list_holds_decisions_unless_asked(get):
    """The API's decisions list gives the Committee's decisions unless ``nature`` asks for
    proposals or both (as the /decisions/ page, and so that its count is the sessions'
    ``decision_count``): the OpenAPI schema, and so the API page, says so."""
    operation = get("/api/schema/?format=json").json()["paths"]["/api/decisions/"]["get"]
    (nature,) = [p for p in operation["parameters"] if p["name"] == "nature"]
    assert nature["schema"]["default"] == "decision"
    assert set(nature["schema"]["enum"]) == {"decision", "proposal", "all"}
    assert "nature=all" in nature["description"] and "nature=proposal" in nature["description"]
    assert "proposals" in operation["description"] and "nature" in operation["description"]
    assert "decision_count" in operation["description"]
