"""/tasks/<number>/: a Task's description, Task Force and leaders, and its history with the
changes of its wording."""

import pytest

pytestmark = pytest.mark.django_db


def test_task_page_shows_description_task_force_leaders_and_a_timeline_with_a_diff(get):
    html = get("/tasks/67/").text
    assert "Analyze existing practices and challenges" in html
    assert "IP Data Exchange Task Force" in html and "Japan Patent Office" in html
    assert 'href="/documents/CWS/12/29/#p146"' in html
    assert "<del>" in html and "<ins>" in html  # proposed (¶143) vs approved (¶146) wording


def test_an_event_of_a_proposal_links_to_the_proposal_not_to_a_decision(get):
    html = get("/tasks/55/").text
    start = html.index('id="revision-proposed-cws-12-29-50"')
    event = html[start : html.index("</li>", start)]
    assert ">the proposal</a>" in event and ">the decision</a>" not in event
