"""A page costs the same number of SQL queries for 1 row and for 100."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


def queries(client, url):
    caches["pages"].clear()  # measure what rendering the page costs, not the cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def same_cost(client, url_one, url_many):
    one, many = queries(client, url_one), queries(client, url_many)
    assert one == many, f"{url_one}: {one} queries, {url_many}: {many}"


def test_session_page(client):
    factories.session_with_decisions(801, 1)
    factories.session_with_decisions(802, 100)
    same_cost(client, "/sessions/801/", "/sessions/802/")


def test_work_program(client):
    one = factories.task_with_events(811, 1)
    factories.task_with_events(812, 100)
    factories.tasks(100, start=2000)
    assert one.events.count() == 1
    same_cost(client, "/sessions/811/work-program/", "/sessions/812/work-program/")


def test_document_page(client):
    _, one, _ = factories.session_with_decisions(821, 1)
    _, many, _ = factories.session_with_decisions(822, 100)
    same_cost(client, one.get_absolute_url(), many.get_absolute_url())


def test_task_page(client):
    factories.task_with_events(831, 1)
    factories.task_with_events(832, 100)
    same_cost(client, "/tasks/831/", "/tasks/832/")


def test_task_force_page(client):
    one = factories.task_force_with_events(841, 1)
    many = factories.task_force_with_events(842, 100)
    same_cost(client, one.get_absolute_url(), many.get_absolute_url())


def test_standard_page(client):
    factories.standard_with_events("ST.851", 1)
    factories.standard_with_events("ST.852", 100)
    same_cost(client, "/standards/ST.851/", "/standards/ST.852/")


def test_survey_page(client):
    factories.survey_with_results("one-result", 1)
    factories.survey_with_results("many-results", 100)
    same_cost(client, "/surveys/one-result/", "/surveys/many-results/")


def test_decision_list(client):
    factories.decisions(1, marker="zzonly")
    factories.decisions(100, marker="zzhundred")
    same_cost(client, "/decisions/?q=zzonly", "/decisions/?q=zzhundred")


def test_decision_list_with_agenda_items(client):
    factories.session_with_decisions(871, 1)
    factories.session_with_decisions(872, 100)
    same_cost(client, "/decisions/?session=871", "/decisions/?session=872")
    same_cost(client, "/api/decisions/?session=871", "/api/decisions/?session=872")


def test_task_list(client):
    factories.tasks(1, start=3000)
    one = queries(client, "/tasks/?q=zzsyn")
    factories.tasks(99, start=3001)
    assert queries(client, "/tasks/?q=zzsyn") == one


def test_standard_list(client):
    factories.standards(1, start=3000)
    one = queries(client, "/standards/?q=zzsyn")
    factories.standards(99, start=3001)
    assert queries(client, "/standards/?q=zzsyn") == one


def test_task_force_list(client):
    factories.task_forces(1, start=1)
    one = queries(client, "/task-forces/")
    factories.task_forces(99, start=2)
    assert queries(client, "/task-forces/") == one


def test_document_list(client):
    factories.documents(1, start=1)
    one = queries(client, "/documents/?q=zzsyn")
    factories.documents(99, start=2)
    assert queries(client, "/documents/?q=zzsyn") == one


def test_technical_assistance(client):
    factories.assistance_report(2101, 1)
    factories.assistance_report(2102, 100)
    same_cost(client, "/technical-assistance/?year=2101", "/technical-assistance/?year=2102")


@pytest.mark.parametrize("url", ["/", "/sessions/", "/search/?q=zzsyn"])
def test_overview_pages(client, url):
    factories.session_with_decisions(861, 1)
    one = queries(client, url)
    factories.session_with_decisions(862, 100)
    assert queries(client, url) == one
