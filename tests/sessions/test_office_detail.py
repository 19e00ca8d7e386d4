"""A page per office or member state (issue 10, ¶14): the sessions it attended, the Task Forces
and Tasks it leads, the officers it provided, its technical-assistance activities; in the
sitemap and the API."""

import pytest
from django.utils.html import escape

from sessions.models import Office
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


def test_an_office_page_says_what_it_did(get):
    office = Office.objects.filter(led_task_forces__isnull=False).distinct().first()
    assert office is not None
    assert office.get_absolute_url().startswith("/offices/")
    html = get(office.get_absolute_url()).text
    main = html[html.index("<main") : html.index("</main>")]
    assert escape(office.name) in main[: main.index("</h1>")]
    for participation in office.participations.select_related("session"):
        assert f'href="/sessions/{participation.session.number}/#participants"' in main
    for task_force in office.led_task_forces.all():
        assert f'href="{task_force.get_absolute_url()}"' in main
        for task in task_force.tasks.all():
            assert f'href="{task.get_absolute_url()}"' in main


def test_officers_and_activities_are_listed(get):
    officer_office = Office.objects.filter(officers__isnull=False).first()
    main = get(officer_office.get_absolute_url()).text
    for officer in officer_office.officers.all():
        assert escape(officer.name) in main
    active = Office.objects.filter(assistance_activities__isnull=False).first()
    main = get(active.get_absolute_url()).text
    for activity in active.assistance_activities.all():
        assert escape(activity.title) in main


def test_an_unknown_office_is_a_404(get):
    assert "Nowhere Office" in get("/offices/Nowhere Office/", status=404).text


def test_every_office_is_in_the_sitemap_and_the_api(get, api):
    sitemap = sitemap_text(get)
    for office in Office.objects.all():
        assert f"<loc>http://testserver{escape(office.get_absolute_url())}</loc>" in sitemap
    office = Office.objects.get(name="Japan Patent Office")
    assert api("/api/offices/Japan Patent Office/")["url"] == (
        f"http://testserver{office.get_absolute_url()}"
    )


def test_the_session_and_task_force_pages_link_to_the_offices(get):
    office = Office.objects.filter(participations__session__number=12).first()
    assert f'href="{escape(office.get_absolute_url())}"' in get("/sessions/12/").text
    leader = Office.objects.filter(led_task_forces__isnull=False).first()
    link = f'href="{escape(leader.get_absolute_url())}"'
    assert link in get(leader.led_task_forces.first().get_absolute_url()).text
