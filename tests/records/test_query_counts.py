"""Every page, and the API's lists, cost the same number of SQL queries for 1 row and for 100:
one test per view, each measuring the page with few rows and with many."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


def queries(get, url):
    """The queries that rendering ``url`` costs (not serving it from the page cache)."""
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as captured:
        get(url)
    return len(captured)


def same_cost(get, url_one, url_many):
    one, many = queries(get, url_one), queries(get, url_many)
    assert one == many, f"{url_one}: {one} queries, {url_many}: {many}"


def test_session_page(get):
    factories.session_with_decisions(801, 1)
    factories.session_with_decisions(802, 100)
    same_cost(get, "/sessions/801/", "/sessions/802/")


def test_work_program(get):
    one = factories.task_with_events(811, 1)
    factories.task_with_events(812, 100)
    factories.tasks(100, start=2000)
    assert one.events.count() == 1
    same_cost(get, "/sessions/811/work-program/", "/sessions/812/work-program/")


def test_document_page(get):
    _, one, _ = factories.session_with_decisions(821, 1)
    _, many, _ = factories.session_with_decisions(822, 100)
    same_cost(get, one.get_absolute_url(), many.get_absolute_url())


def test_decision_page(get):
    one = factories.decision_with_effects(891, 1)
    many = factories.decision_with_effects(892, 100)
    same_cost(get, one.get_absolute_url(), many.get_absolute_url())


def test_office_page(get):
    one = factories.office_with_sessions("Zz One Office", 1)
    many = factories.office_with_sessions("Zz Many Office", 100)
    same_cost(get, one.get_absolute_url(), many.get_absolute_url())


def test_task_page(get):
    factories.task_with_events(831, 1)
    factories.task_with_events(832, 100)
    same_cost(get, "/tasks/831/", "/tasks/832/")


def test_task_force_page(get):
    one = factories.task_force_with_events(841, 1)
    many = factories.task_force_with_events(842, 100)
    same_cost(get, one.get_absolute_url(), many.get_absolute_url())


def test_standard_page(get):
    factories.standard_with_events("ST.851", 1)
    factories.standard_with_events("ST.852", 100)
    same_cost(get, "/standards/ST.851/", "/standards/ST.852/")


def test_survey_page(get):
    factories.survey_with_results("one-result", 1)
    factories.survey_with_results("many-results", 100)
    same_cost(get, "/surveys/one-result/", "/surveys/many-results/")


def test_decision_list(get):
    factories.decisions(1, marker="zzonly")
    factories.decisions(100, marker="zzhundred")
    same_cost(get, "/decisions/?q=zzonly", "/decisions/?q=zzhundred")


def test_decision_list_with_agenda_items(get):
    factories.session_with_decisions(871, 1)
    factories.session_with_decisions(872, 100)
    same_cost(get, "/decisions/?session=871", "/decisions/?session=872")
    same_cost(get, "/api/decisions/?session=871", "/api/decisions/?session=872")


def test_task_list(get):
    factories.tasks(1, start=3000)
    one = queries(get, "/tasks/?q=zzsyn")
    factories.tasks(99, start=3001)
    assert queries(get, "/tasks/?q=zzsyn") == one


def test_standard_list(get):
    factories.standards(1, start=3000)
    one = queries(get, "/standards/?q=zzsyn")
    factories.standards(99, start=3001)
    assert queries(get, "/standards/?q=zzsyn") == one


def test_task_force_list(get):
    factories.task_forces(1, start=1)
    one = queries(get, "/task-forces/")
    factories.task_forces(99, start=2)
    assert queries(get, "/task-forces/") == one


def test_document_list(get):
    factories.documents(1, start=1)
    one = queries(get, "/documents/?q=zzsyn")
    factories.documents(99, start=2)
    assert queries(get, "/documents/?q=zzsyn") == one


def test_technical_assistance(get):
    factories.assistance_report(2101, 1)
    factories.assistance_report(2102, 100)
    same_cost(get, "/technical-assistance/?year=2101", "/technical-assistance/?year=2102")


@pytest.mark.parametrize("url", ["/", "/sessions/", "/search/?q=zzsyn"])
def test_overview_pages(get, url):
    factories.session_with_decisions(861, 1)
    one = queries(get, url)
    factories.session_with_decisions(862, 100)
    assert queries(get, url) == one


def test_document_page_when_a_paragraph_gains_citing_rows(get):
    """What cites a paragraph costs one query per kind of citing record, however many cite it."""
    _, document, (paragraph,) = factories.session_with_decisions(824, 1)
    url = document.get_absolute_url()
    before = queries(get, url)
    factories.citing_rows(paragraph, 30)
    html = get(url).text
    assert html.count('href="/decisions/TEST/824/1/1/') == 31  # the rows are shown
    assert len(re.findall(r'href="/tasks/\d+/#referenced-test-824-1-1"', html)) == 30
    assert len(re.findall(r'href="/standards/ST\.Z[^/]+/#referenced-test-824-1-1"', html)) == 30
    assert queries(get, url) == before


def test_api_lists_cost_the_same_at_1_and_100_rows(get):
    factories.decisions(1, marker="zzapione")
    factories.decisions(100, marker="zzapihundred")
    same_cost(
        get,
        "/api/decisions/?search=zzapione&page_size=500",
        "/api/decisions/?search=zzapihundred&page_size=500",
    )
