"""The search page (``cws/search.py``): what it finds, in which section, and that it survives
whatever is typed into it. (On PostgreSQL: ``test_postgres_index.py``.)"""

import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_task_44_and_st_26_for_sequence_listings(get):
    html = get("/search/?q=sequence+listings").text
    assert 'href="/tasks/44/"' in html
    assert 'href="/standards/ST.26/"' in html
    assert "<mark>" in html


def test_search_escapes_the_query_and_survives_odd_input(get):
    html = get("/search/?q=%3Cscript%3Ealert(1)%3C/script%3E").text
    assert "<script>alert" not in html
    for odd in ("%00", "%22%27", "a" * 5000, "ST.26 OR -x", "%E2%80%9C"):
        get(f"/search/?q={odd}")
