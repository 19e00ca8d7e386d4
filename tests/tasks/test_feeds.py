"""The Atom feed of the decisions concerning a Task (``tasks/feeds.py``)."""

import pytest

from tests.conftest import ATOM

pytestmark = pytest.mark.django_db


def test_the_feed_of_a_task(feed):
    _, items = feed("/feeds/tasks/67/")
    assert any(
        e.find(f"{ATOM}link").get("href").endswith("/documents/CWS/12/29/#p146") for e in items
    )


def test_the_feed_of_an_unknown_task_is_404(get):
    get("/feeds/tasks/99/", status=404)


def test_the_task_page_advertises_its_feed(get):
    assert 'rel="alternate"' in get("/tasks/67/").text
    assert 'href="/feeds/tasks/67/"' in get("/tasks/67/").text
