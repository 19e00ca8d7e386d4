"""/standards/<code>/: a Standard's revisions, the Tasks that maintain it, its use by offices."""

import pytest

pytestmark = pytest.mark.django_db


def test_standard_page_has_a_revision_timeline_tasks_and_survey_use(get):
    html = get("/standards/ST.26/").text
    assert "version 1.7" in html
    assert "July 1, 2024" in html
    assert 'href="/tasks/44/"' in html
    assert "11 offices use it" in html
    assert "not adopted" in get("/standards/ST.93/").text
