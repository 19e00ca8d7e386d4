"""The read-only JSON API: fields clients rely on, filters, identifiers, errors."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_the_root_lists_every_endpoint(client):
    root = get(client, "/api/")
    for name in (
        "sessions",
        "agenda-items",
        "decisions",
        "documents",
        "tasks",
        "task-forces",
        "standards",
        "offices",
        "activities",
        "figures",
        "surveys",
    ):
        assert name in root


def test_lists_are_paginated_the_drf_way(client):
    page = get(client, "/api/decisions/?page_size=10")
    assert set(page) == {"count", "next", "previous", "results"}
    assert len(page["results"]) == 10 and page["count"] > 100
    assert "page=2" in page["next"] and page["previous"] is None


def test_session_fields(client):
    session = get(client, "/api/sessions/12/")
    assert session["number"] == 12
    assert (session["start_date"], session["end_date"]) == ("2024-09-16", "2024-09-19")
    assert session["city"] == "Geneva"
    assert session["chair"] == "Michael Cristiano"
    assert len(session["vice_chairs"]) == 2
    assert "CWS/12/29" in session["documents"]
    assert session["url"] == "http://testserver/sessions/12/"
    unknown_dates = get(client, "/api/sessions/13/")
    assert unknown_dates["start_date"] is None and unknown_dates["end_date"] is None


def test_decision_fields_and_filters(client):
    page = get(client, "/api/decisions/?session=12&kind=approved&task=67")
    (created,) = [d for d in page["results"] if d["paragraph"] == 146]
    assert created["session"] == 12
    assert created["agenda_item"] == "8(c)"
    assert created["kind"] == "approved"
    assert created["document"] == "CWS/12/29"
    assert created["tasks"] == [67]
    assert created["text"].startswith("The CWS approved the creation of Task No. 67")
    assert created["paragraph_url"] == "http://testserver/documents/CWS/12/29/#p146"
    adopted = get(client, "/api/decisions/?standard=ST.92&kind=adopted")["results"]
    assert [d["standards"] for d in adopted] == [["ST.92"]]
    reported = get(client, "/api/decisions/?session=11")["results"]
    assert all(d["agenda_item"] is None for d in reported)
    assert get(client, "/api/decisions/?task_force=ip-data-exchange")["count"] >= 3


def test_task_fields_and_history(client):
    task = get(client, "/api/tasks/67/")
    assert task["number"] == 67 and task["status"] == "active"
    assert task["task_force"] == "IP Data Exchange Task Force"
    created = next(e for e in task["history"] if e["kind"] == "created")
    assert (created["session"], created["document"], created["paragraph"]) == (12, "CWS/12/29", 146)
    assert created["description"] == task["description"]
    assert task["url"] == "http://testserver/tasks/67/"
    assert get(client, "/api/tasks/24/")["task_force"] is None


def test_standard_fields_and_history(client):
    st26 = get(client, "/api/standards/ST.26/")
    assert st26["code"] == "ST.26" and st26["title"].startswith("Presentation of nucleotide")
    in_force = next(e for e in st26["history"] if e["kind"] == "in_force")
    assert (in_force["version"], in_force["date"], in_force["session"]) == ("1.7", "2024-07-01", 11)
    kinds = {e["kind"] for e in get(client, "/api/standards/ST.93/")["history"]}
    assert "not_adopted" in kinds
    referenced = next(
        e for e in get(client, "/api/standards/ST.97/")["history"] if e["kind"] == "referenced"
    )
    assert referenced["version"] is None and referenced["date"] is None


def test_task_force_document_office_survey_and_assistance_fields(client):
    task_force = get(client, "/api/task-forces/ip-data-exchange/")
    assert task_force["leaders"] == [
        "International Bureau of WIPO",
        "Japan Patent Office",
        "Saudi Authority for Intellectual Property",
    ]
    assert task_force["tasks"] == [67]
    document = get(client, "/api/documents/CWS/12/29/")
    assert len(document["paragraphs"]) == 175
    assert document["paragraphs"][145]["url"].endswith("/documents/CWS/12/29/#p146")
    assert get(client, "/api/offices/Japan Patent Office/")["country"] == "Japan"
    survey = get(client, "/api/surveys/ip-data-exchange-practices-2025/")
    assert survey["stated_respondents"] == 20 and len(survey["respondents"]) == 20
    figures = get(client, "/api/figures/?metric=ipos_using_business_solutions")["results"]
    assert [(f["report_year"], f["value"]) for f in figures] == [(2021, 90), (2022, 91), (2023, 91)]
    assert get(client, "/api/activities/?year=2021&kind=training")["count"] > 0


@pytest.mark.parametrize(
    "url",
    [
        "/api/tasks/99/",
        "/api/tasks/abc/",
        "/api/sessions/99/",
        "/api/standards/ST.999/",
        "/api/documents/CWS/99/1/",
        "/api/task-forces/none/",
        "/api/offices/Atlantis/",
        "/api/nothing/",
        "/api/decisions/?page=999",
    ],
)
def test_unknown_identifiers_are_json_404s(client, url):
    assert "detail" in get(client, url, status=404)


@pytest.mark.parametrize(
    "url",
    [
        "/api/decisions/?task=abc",
        "/api/decisions/?session=0",
        "/api/decisions/?kind=vetoed",
        "/api/tasks/?standard=ST.0",
        "/api/standards/?status=lost",
        "/api/activities/?year=1900",
        "/api/figures/?metric=happiness",
    ],
)
def test_invalid_filter_values_are_json_400s(client, url):
    body = get(client, url, status=400)
    assert body["detail"] and body["errors"]


@pytest.mark.parametrize(
    ("api", "page"),
    [
        ("/api/decisions/?session=12&kind=approved", "/decisions/?session=12&kind=approved"),
        ("/api/decisions/?standard=ST.92", "/decisions/?standard=ST.92"),
        ("/api/tasks/?task_force=api&status=active", "/tasks/?task_force=api&status=active"),
        ("/api/standards/?latest_session=12", "/standards/?latest_session=12"),
        ("/api/activities/?year=2022", "/technical-assistance/?year=2022"),
    ],
)
def test_the_api_and_the_html_list_give_the_same_rows(client, api, page):
    data = get(client, api + "&page_size=500")
    html_rows = list(client.get(page).context["paginator"].object_list)
    assert data["count"] == len(html_rows)
    assert [r["url"] for r in data["results"]] == [
        "http://testserver"
        + (
            getattr(o, "paragraph", o).get_absolute_url()
            if api.startswith("/api/activities")
            else o.get_absolute_url()
        )
        for o in html_rows
    ]


def test_search_parameter(client):
    results = get(client, "/api/standards/?search=sequence")["results"]
    assert [s["code"] for s in results] == ["ST.26"]


def test_schema_and_docs(client):
    schema = client.get("/api/schema/?format=json")
    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.")
    assert "/api/tasks/{number}/" in schema.json()["paths"]
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/" in html
    assert "cdn" not in html.lower()


def test_api_lists_cost_the_same_at_1_and_100_rows(client):
    factories.decisions(1, marker="zzapione")
    factories.decisions(100, marker="zzapihundred")
    counts = []
    for marker in ("zzapione", "zzapihundred"):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/api/decisions/?search={marker}&page_size=500").status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
