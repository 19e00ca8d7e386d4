"""On PostgreSQL, search is full-text and its query plan uses the GIN indexes."""

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection

from cws.search import matching
from sessions.models import Decision, Paragraph

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="full-text search and GIN indexes: PostgreSQL"
    ),
]


@pytest.mark.parametrize(
    ("model", "index"),
    [(Decision, "decision_text_search"), (Paragraph, "paragraph_text_search")],
)
def test_the_search_query_plan_uses_the_gin_index(model, index):
    query = SearchQuery("sequence listings", search_type="websearch", config="english")
    queryset = matching(model.objects.all(), ["text"], query).values("pk")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the curated tables are small
        plan = queryset.explain()
    assert index in plan, plan


def test_websearch_syntax_and_ranking(client):
    html = client.get("/search/?q=%22Task+Force%22+-survey").content.decode()
    assert "<mark>" in html
    response = client.get("/search/?q=sequence+listings")
    tasks = next(s for s in response.context["sections"] if s.key == "tasks")
    assert tasks.hits[0].url == "/tasks/44/"
