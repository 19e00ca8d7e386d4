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
