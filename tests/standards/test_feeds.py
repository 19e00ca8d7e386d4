"""The Atom feed of the decisions concerning a WIPO Standard (``standards/feeds.py``)."""

import pytest

from tests.conftest import ATOM

pytestmark = pytest.mark.django_db


def test_the_feed_of_a_standard(feed):
    _, items = feed("/feeds/standards/ST.92/")
    assert any(
        e.find(f"{ATOM}link").get("href").endswith("/documents/CWS/12/29/#p80") for e in items
    )


def test_the_feed_of_an_unknown_standard_is_404(get):
    get("/feeds/standards/ST.0/", status=404)


def test_the_standard_page_advertises_its_feed(get):
    assert 'rel="alternate"' in get("/standards/ST.92/").text
    assert 'href="/feeds/standards/ST.92/"' in get("/standards/ST.92/").text
