"""A decision names each Task, Standard and Task Force it concerns once, however many history
events link them (issue 10, ¶10): on the decisions list, the session page, the decision's own
page, the CSV and JSON exports, the API and the feeds."""

import csv
import io
import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

NUMBER = 881


@pytest.fixture
def decision():
    return factories.decision_linked_twice(NUMBER)


def links(html, prefix):
    return re.findall(rf'href="({re.escape(prefix)}[^"#]*)"', html)


def test_the_curated_records_have_such_a_decision():
    """CWS/12/29 ¶172 assigns Task No. 66 and refers to it: two events, one Task."""
    from tasks.models import TaskEvent

    events = TaskEvent.objects.filter(
        task__number=66, decision__paragraph__number=172, decision__session__number=12
    )
    assert events.count() == 2


def test_the_decisions_list_names_each_record_once(get, decision):
    response = get(f"/decisions/?session={NUMBER}")
    assert response.context["paginator"].count == 1
    html = response.text
    row = html[html.index("<tbody>") : html.index("</tbody>")]
    assert links(row, f"/tasks/{NUMBER}/") == [f"/tasks/{NUMBER}/"]
    assert links(row, f"/standards/ST.{NUMBER}/") == [f"/standards/ST.{NUMBER}/"]
    assert links(row, f"/task-forces/twice-{NUMBER}/") == [f"/task-forces/twice-{NUMBER}/"]
    for flt in (f"task={NUMBER}", f"standard=ST.{NUMBER}", f"task_force=twice-{NUMBER}"):
        assert get(f"/decisions/?{flt}").context["paginator"].count == 1, flt


def test_the_session_page_names_each_record_once(get, decision):
    html = get(f"/sessions/{NUMBER}/").text
    start = html.index(f'id="{decision.anchor}"')
    article = html[start : html.index("</article>", start)]
    assert len(links(article, f"/tasks/{NUMBER}/")) == 1
    assert len(links(article, f"/standards/ST.{NUMBER}/")) == 1
    assert len(links(article, f"/task-forces/twice-{NUMBER}/")) == 1


def test_the_decision_page_names_each_record_once(get, decision):
    html = get(decision.get_absolute_url()).text
    main = html[html.index("<main") : html.index("</main>")]
    assert len(links(main, f"/tasks/{NUMBER}/")) == 1
    assert len(links(main, f"/standards/ST.{NUMBER}/")) == 1
    assert len(links(main, f"/task-forces/twice-{NUMBER}/")) == 1


def test_exports_and_the_api_name_each_record_once(get, api, decision):
    expected = {
        "tasks": [NUMBER],
        "standards": [f"ST.{NUMBER}"],
        "task_forces": [f"Twice Force {NUMBER}"],
    }
    (row,) = api(f"/api/decisions/?session={NUMBER}")["results"]
    assert {name: row[name] for name in expected} == expected
    (exported,) = get(f"/decisions/?session={NUMBER}&format=json").json()["results"]
    assert {name: exported[name] for name in expected} == expected
    (cells,) = csv.DictReader(io.StringIO(get(f"/decisions/?session={NUMBER}&format=csv").text))
    assert {name: cells[name] for name in expected} == {
        name: "; ".join(str(v) for v in values) for name, values in expected.items()
    }


def test_the_feeds_give_the_decision_once(feed, decision):
    for url in (f"/feeds/tasks/{NUMBER}/", f"/feeds/standards/ST.{NUMBER}/"):
        _, entries = feed(url)
        assert len(entries) == 1, url
