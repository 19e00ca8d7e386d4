"""The API's root and its documentation (``cws/urls.py``); what the endpoints share is in
``tests/records/test_api.py``, each app's fields in ``tests/<app>/test_api.py``."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_root_lists_every_endpoint(api):
    root = api("/api/")
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


def test_schema_and_docs(get):
    schema = get("/api/schema/?format=json")
    assert schema.json()["openapi"].startswith("3.")
    assert "/api/tasks/{number}/" in schema.json()["paths"]
    html = get("/api/docs/").text
    assert "/static/drf_spectacular_sidecar/" in html
    assert "cdn" not in html.lower()
