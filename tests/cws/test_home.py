"""The home page: the latest session and its outcomes, the way into search, Tasks by status."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_shows_the_latest_session_and_its_outcomes(get):
    html = get("/").text
    assert "Latest session: CWS/12" in html
    assert 'href="/standards/ST.92/"' in html and "adopted" in html
    assert 'href="/tasks/67/"' in html
    assert 'role="search"' in html
    assert "Tasks by status" in html
