"""/sessions/: every session with its dates, venue, chair and counts."""

import re

import pytest

from sessions.models import Decision, Session
from tests import factories

pytestmark = pytest.mark.django_db


def table_rows(html):
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return re.findall(r"<tr>(.*?)</tr>", body, flags=re.DOTALL)


def test_every_session_is_listed_with_its_dates_chair_and_count_of_decisions(get):
    rows = table_rows(get("/sessions/").text)
    assert len(rows) == Session.objects.count()
    (cws12,) = [row for row in rows if 'href="/sessions/12/"' in row]
    assert '<time datetime="2024-09-16">' in cws12 and '<time datetime="2024-09-19">' in cws12
    assert "Geneva" in cws12 and "Michael Cristiano" in cws12
    decided = Decision.objects.filter(session__number=12, nature="decision").count()
    assert f'<td class="num">{decided}</td>' in cws12  # decisions, not proposals
    (cws10,) = [row for row in rows if 'href="/sessions/10/"' in row]
    assert "not given in the sources" in cws10


def test_sessions_are_listed_in_order(get):
    factories.synthetic_session(9)  # recorded after the others: last in the table's own order
    rows = table_rows(get("/sessions/").text)
    numbers = [int(re.search(r'href="/sessions/(\d+)/"', row).group(1)) for row in rows]
    assert numbers == sorted(numbers)
