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
