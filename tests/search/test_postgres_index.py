"""On PostgreSQL, search is full-text and its query plan uses the GIN indexes."""

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection

from assistance.models import Activity
from cws.search import matching
from sessions.models import Decision, Paragraph
from standards.models import Standard
from tasks.models import Task, TaskForce

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="full-text search and GIN indexes: PostgreSQL"
    ),
]


@pytest.mark.parametrize("model", [Decision, Paragraph, Task, TaskForce, Standard, Activity])
def test_the_search_query_plan_uses_the_gin_index_on_the_stored_vector(model):
    query = SearchQuery("sequence listings", search_type="websearch", config="english")
    queryset = matching(model.objects.order_by(), query).values("pk")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the curated tables are small
        plan = queryset.explain()
    assert f"Bitmap Index Scan on {model._meta.db_table}_search_vector" in plan, plan


def test_the_stored_vector_follows_every_save(get):
    decision = Decision.objects.filter(session__number=12).order_by("pk").first()
    assert "<mark>" not in get("/search/?q=zanzibarian").text
    decision.text += " Zanzibarian"
    decision.save()
    html = get("/search/?q=zanzibarian").text
    assert decision.get_absolute_url() in html
    assert "<mark>Zanzibarian</mark>" in html


def test_a_task_is_found_by_its_task_force(get):
    task = Task.objects.get(number=64)
    assert task.task_force.name not in task.description
    response = get("/search/", data={"q": task.task_force.name})
    tasks = next(s for s in response.context["sections"] if s.key == "tasks")
    assert task.get_absolute_url() in [hit.url for hit in tasks.hits]


def test_websearch_syntax_and_ranking(get):
    html = get("/search/?q=%22Task+Force%22+-survey").text
    assert "<mark>" in html
    response = get("/search/?q=sequence+listings")
    tasks = next(s for s in response.context["sections"] if s.key == "tasks")
    assert tasks.hits[0].url == "/tasks/44/"
