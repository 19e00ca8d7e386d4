"""/sessions/<number>/work-program/: the Task list as it stood after a session."""

import pytest

pytestmark = pytest.mark.django_db


def test_work_program_after_cws_12(get):
    html = get("/sessions/12/work-program/").text
    assert 'href="/tasks/67/"' in html and "created" in html
    assert "ip data exchange task force" in html.lower()
