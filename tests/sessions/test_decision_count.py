"""One count of decisions, defined once (``Session.objects.with_counts()``: what the Committee
decided, proposals apart), and the same on every page that gives it: the home page, the session
list, each session's page, the decisions list, the API (issue 10, ¶9)."""

import re

import pytest

from sessions.models import Decision, Session

pytestmark = pytest.mark.django_db


def table_rows(html):
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return re.findall(r"<tr>(.*?)</tr>", body, flags=re.DOTALL)


def test_every_page_gives_the_same_count_of_decisions(get, api):
    sessions = {s.number: s for s in Session.objects.with_counts()}
    decided = Decision.objects.filter(nature="decision")
    assert sum(s.decision_count for s in sessions.values()) == decided.count() > 0
    assert {n: s.decision_count for n, s in sessions.items()} == {
        n: decided.filter(session__number=n).count() for n in sessions
    }

    home = get("/").text
    card = re.search(r'<a href="/decisions/">Decisions</a> <span>([\d,]+)</span>', home)
    assert card and int(card.group(1).replace(",", "")) == decided.count()
    assert get("/decisions/").context["paginator"].count == decided.count()
    assert api("/api/decisions/")["count"] == decided.count()

    listed = {
        int(re.search(r'href="/sessions/(\d+)/"', row).group(1)): row
        for row in table_rows(get("/sessions/").text)
    }
    api_sessions = {s["number"]: s for s in api("/api/sessions/")["results"]}
    for number, session in sessions.items():
        count = session.decision_count
        cells = re.findall(r'<td class="num">(\d+)</td>', listed[number])
        assert int(cells[0]) == count, number  # the list's "Decisions" column
        page = get(f"/sessions/{number}/").text
        shown = re.search(r'<dd class="outcomes"><a href="[^"]+">(\d+) decisions?</a>', page)
        assert shown and int(shown.group(1)) == count, number
        assert api(f"/api/sessions/{number}/")["decision_count"] == count, number
        assert api_sessions[number]["decision_count"] == count, number
        listing = get(f"/decisions/?session={number}")
        assert listing.context["paginator"].count == count, number
        assert api(f"/api/decisions/?session={number}")["count"] == count, number


def test_a_session_page_counts_its_proposals_apart(get):
    page = get("/sessions/13/").text
    outcomes = page[
        page.index('<dd class="outcomes">') : page.index(
            "</dd>", page.index('<dd class="outcomes">')
        )
    ]
    proposals = Decision.objects.filter(session__number=13, nature="proposal").count()
    assert ">0 decisions</a>" in outcomes
    assert f">{proposals} proposals</a>" in outcomes
    assert 'href="/decisions/?session=13&amp;nature=proposal"' in outcomes
