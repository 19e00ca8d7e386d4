"""Atom feeds of the Committee's decisions (``sessions/feeds.py``): all of them, a session's,
and the pages that advertise them. Only decisions: what was only proposed to the Committee
has no entry, in any feed built on ``DecisionFeed``."""

import pytest

from tests.conftest import ATOM

pytestmark = pytest.mark.django_db


def link(entry):
    return entry.find(f"{ATOM}link").get("href")


def test_the_feed_of_all_decisions_links_each_entry_to_its_paragraph(feed):
    root, items = feed("/feeds/decisions/")
    assert root.find(f"{ATOM}title").text.startswith("CWS Records")
    assert len(items) == 100
    links = [link(e) for e in items]
    assert all("/documents/" in link and "#p" in link for link in links)
    assert all(e.find(f"{ATOM}updated").text for e in items)


def test_the_feed_of_a_session(feed):
    _, items = feed("/feeds/sessions/12/")
    assert any(link(e).endswith("/documents/CWS/12/29/#p146") for e in items)


def test_the_feed_of_an_unknown_session_is_404(get):
    get("/feeds/sessions/42/", status=404)


@pytest.mark.parametrize(
    ("url", "feed_url"),
    [
        ("/", "/feeds/decisions/"),
        ("/decisions/", "/feeds/decisions/"),
        ("/sessions/12/", "/feeds/sessions/12/"),
        ("/sessions/", "/calendar/sessions.ics"),
    ],
)
def test_pages_advertise_their_feed(get, url, feed_url):
    assert 'rel="alternate"' in get(url).text
    assert f'href="{feed_url}"' in get(url).text
