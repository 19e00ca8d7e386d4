"""/decisions/: what the Committee decided, and, marked as such, what was only proposed to it.
(Filters, pagination and exports, which every list shares: ``tests/records/test_lists.py``.)"""

import re

import pytest

from sessions.models import Decision

pytestmark = pytest.mark.django_db


def table_rows(html):
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return re.findall(r"<tr>(.*?)</tr>", body, flags=re.DOTALL)


def test_each_proposal_is_marked_as_a_proposal(get):
    rows = table_rows(get("/decisions/?nature=proposal").text)
    assert len(rows) == Decision.objects.filter(nature="proposal").count() > 0
    assert all('<span class="nature">proposal</span>' in row for row in rows)
    (task_55,) = [row for row in rows if 'href="/documents/CWS/12/29/#p50"' in row]
    assert "Task No. 55" in task_55


def test_decisions_are_not_marked_as_proposals(get):
    rows = table_rows(get("/decisions/?session=12&kind=approved&nature=decision").text)
    assert rows
    assert not any('class="nature"' in row for row in rows)


def test_a_proposal_wears_no_badge_of_what_it_proposed(get):
    """CWS/12/29 ¶50 only proposed to approve a revision: no "approved" badge (issue 10, ¶8)."""
    (row,) = [
        row
        for row in table_rows(get("/decisions/?nature=proposal").text)
        if 'href="/documents/CWS/12/29/#p50"' in row
    ]
    assert "proposal: to approve" in row
    assert "kind-approved" not in row
    assert not re.search(r">\s*approved\s*<", row), row


def test_the_list_shows_the_committees_decisions_by_default_and_says_so(get):
    decided = Decision.objects.filter(nature="decision").count()
    response = get("/decisions/")
    assert response.context["paginator"].count == decided
    assert not any(d.is_proposal for d in response.context["paginator"].object_list)
    html = response.text
    assert "<h1>Decisions of the CWS</h1>" in html
    # the page says what it shows, and how to see the proposals
    assert 'href="?nature=proposal"' in html and 'href="?nature=all"' in html
    proposals = get("/decisions/?nature=proposal")
    assert (
        proposals.context["paginator"].count == Decision.objects.filter(nature="proposal").count()
    )
    assert "<h1>Proposals to the CWS</h1>" in proposals.text
    both = get("/decisions/?nature=all")
    assert both.context["paginator"].count == Decision.objects.count()
    assert "<h1>Decisions of and proposals to the CWS</h1>" in both.text


def test_the_api_lists_decisions_by_default_too(api):
    assert api("/api/decisions/")["count"] == Decision.objects.filter(nature="decision").count()
    assert api("/api/decisions/?nature=all")["count"] == Decision.objects.count()
    proposals = api("/api/decisions/?nature=proposal&page_size=500")["results"]
    assert proposals and {d["nature"] for d in proposals} == {"proposal"}
