"""What every API endpoint shares (``records/api.py``): DRF pagination, JSON errors for unknown
identifiers and invalid filters, and the rows of the page's list. (Each app's fields:
``tests/<app>/test_api.py``; the root and the docs: ``tests/cws/test_api.py``.)"""

import pytest

pytestmark = pytest.mark.django_db


def test_lists_are_paginated_the_drf_way(api):
    page = api("/api/decisions/?page_size=10")
    assert set(page) == {"count", "next", "previous", "results"}
    assert len(page["results"]) == 10 and page["count"] > 100
    assert "page=2" in page["next"] and page["previous"] is None


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
def test_unknown_identifiers_are_json_404s(api, url):
    assert "detail" in api(url, status=404)


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
def test_invalid_filter_values_are_json_400s(api, url):
    body = api(url, status=400)
    assert body["detail"] and body["errors"]


@pytest.mark.parametrize(
    ("api_url", "page"),
    [
        ("/api/decisions/?session=12&kind=approved", "/decisions/?session=12&kind=approved"),
        ("/api/decisions/?standard=ST.92", "/decisions/?standard=ST.92"),
        ("/api/tasks/?task_force=api&status=active", "/tasks/?task_force=api&status=active"),
        ("/api/standards/?latest_session=12", "/standards/?latest_session=12"),
        ("/api/activities/?year=2022", "/technical-assistance/?year=2022"),
    ],
)
def test_the_api_and_the_html_list_give_the_same_rows(api, get, api_url, page):
    data = api(api_url + "&page_size=500")
    html_rows = list(get(page).context["paginator"].object_list)
    assert data["count"] == len(html_rows)
    assert [r["url"] for r in data["results"]] == [
        "http://testserver"
        + (
            getattr(o, "paragraph", o).get_absolute_url()
            if api_url.startswith("/api/activities")
            else o.get_absolute_url()
        )
        for o in html_rows
    ]
