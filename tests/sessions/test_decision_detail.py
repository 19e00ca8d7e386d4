"""A page per decision (issue 10, ¶14): the permalink citations want, with its wording, its
paragraph, session and agenda item, and what it did to Tasks, Standards and Task Forces; in the
sitemap and the API."""

import pytest
from django.utils.html import escape

from sessions.models import Decision
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


def adopted_st92():
    return Decision.objects.get(
        paragraph__document__symbol="CWS/12/29", paragraph__number=80, ordinal=1
    )


def test_a_decision_has_its_own_page(get):
    decision = adopted_st92()
    assert decision.get_absolute_url() == "/decisions/CWS/12/29/80/1/"
    html = get(decision.get_absolute_url()).text
    main = html[html.index("<main") : html.index("</main>")]
    assert "<h1>" in main and "CWS/12/29 ¶80" in main[: main.index("</h1>")]
    assert escape(decision.text) in main
    assert 'href="/documents/CWS/12/29/#p80"' in main  # its paragraph
    assert 'href="/sessions/12/"' in main  # its session
    assert f'href="/sessions/12/#{decision.agenda_item.anchor}"' in main  # its agenda item
    assert 'class="kind kind-adopted"' in main
    # what it did: each event with its subject
    events = list(decision.standardevents.select_related("standard"))
    assert events
    for event in events:
        assert f'href="{event.standard.get_absolute_url()}"' in main
        assert escape(event.get_kind_display()) in main
    # the session's page still shows it at its anchor, and links to its page
    session_page = get("/sessions/12/").text
    assert f'id="{decision.anchor}"' in session_page
    assert 'href="/decisions/CWS/12/29/80/1/"' in session_page


def test_a_decision_on_tasks_and_task_forces_names_what_it_did(get):
    decision = (
        Decision.objects.filter(taskevents__isnull=False, taskforceevents__isnull=False)
        .distinct()
        .first()
    )
    assert decision is not None
    main = get(decision.get_absolute_url()).text
    for event in decision.taskevents.select_related("task"):
        assert f'href="{event.task.get_absolute_url()}"' in main
        assert escape(event.get_kind_display()) in main
    for event in decision.taskforceevents.select_related("task_force"):
        assert f'href="{event.task_force.get_absolute_url()}"' in main


def test_a_proposal_page_says_it_is_a_proposal(get):
    proposal = Decision.objects.get(
        paragraph__document__symbol="CWS/12/29", paragraph__number=50, ordinal=1
    )
    main = get(proposal.get_absolute_url()).text
    assert "proposal, not a decision" in main
    assert "kind-approved" not in main


@pytest.mark.parametrize(
    "url",
    [
        "/decisions/CWS/12/29/80/9/",
        "/decisions/CWS/12/29/99999/1/",
        "/decisions/NO/SUCH/1/1/",
        "/decisions/CWS/12/29/annex-x/1/",
    ],
)
def test_an_unknown_decision_is_a_404(get, url):
    get(url, status=404)


def test_every_decision_is_in_the_sitemap_and_the_api(get, api):
    sitemap = sitemap_text(get)
    decisions = Decision.objects.select_related("paragraph__document")
    for decision in decisions:
        assert f"<loc>http://testserver{decision.get_absolute_url()}</loc>" in sitemap
    row = next(
        r
        for r in api("/api/decisions/?session=12&page_size=500")["results"]
        if r["paragraph"] == 80
    )
    assert row["url"] == "http://testserver/decisions/CWS/12/29/80/1/"
    detail = api("/api/decisions/CWS/12/29/80/1/")
    assert detail["citation"] == "CWS/12/29 ¶80" and detail["standards"] == ["ST.92"]
