"""Atom feeds of the Committee's decisions (``sessions/feeds.py``): all of them, a session's,
and the pages that advertise them. Only decisions: what was only proposed to the Committee
has no entry, in any feed built on ``DecisionFeed``."""

import pytest

from sessions.models import Decision
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


def decisions_of(entries):
    """The decision each entry is about, found by the citation in its id."""
    by_citation = {
        d.citation: d for d in Decision.objects.select_related("session", "paragraph__document")
    }
    assert len(by_citation) == Decision.objects.count()  # a citation names one decision
    return [
        by_citation[e.find(f"{ATOM}id").text.removeprefix("cws-records:decision:")] for e in entries
    ]


@pytest.mark.parametrize(
    ("url", "proposals"),
    [
        # the invitations of CWS/13/14 ¶14 come first in a feed that held them
        ("/feeds/decisions/", ["/documents/CWS/13/14/#p14"]),
        ("/feeds/sessions/13/", ["/documents/CWS/13/14/#p14"]),
        # CWS/12/29 ¶50: the Task Force's proposal to revise Task No. 55
        ("/feeds/tasks/55/", ["/documents/CWS/12/29/#p50"]),
    ],
    ids=["decisions", "session-13", "task-55"],
)
def test_a_feed_has_no_entry_for_a_proposal(feed, url, proposals):
    assert Decision.objects.filter(nature="proposal").count() >= 4
    _, items = feed(url)
    links = [link(e) for e in items]
    for paragraph in proposals:
        assert not any(address.endswith(paragraph) for address in links), (url, paragraph)
    assert not any(decision.is_proposal for decision in decisions_of(items)), url


@pytest.mark.parametrize("url", ["/feeds/decisions/", "/feeds/sessions/12/", "/feeds/tasks/55/"])
def test_an_entry_is_titled_with_the_decisions_outcome(feed, url):
    _, items = feed(url)
    assert items
    for entry, decision in zip(items, decisions_of(items), strict=True):
        title = entry.find(f"{ATOM}title").text
        assert title == f"{decision.session} — {decision.outcome} ({decision.citation})"
        assert decision.outcome == decision.get_kind_display()


def test_the_feed_of_task_55_has_what_the_cws_did_and_not_what_was_proposed(feed):
    _, items = feed("/feeds/tasks/55/")
    assert [(e.find(f"{ATOM}title").text, link(e)) for e in items] == [
        (
            "CWS/12 — did not approve (CWS/12/29 ¶51)",
            "http://testserver/documents/CWS/12/29/#p51",
        ),
        ("CWS/12 — noted (CWS/12/29 ¶49)", "http://testserver/documents/CWS/12/29/#p49"),
    ]
