"""/documents/: every document, with its session and how many of its paragraphs are read."""

import re

import pytest

from sessions.models import Paragraph

pytestmark = pytest.mark.django_db


def test_a_document_is_listed_with_its_kind_session_and_count_of_paragraphs(get):
    html = get("/documents/?session=12").text
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    rows = re.findall(r"<tr>(.*?)</tr>", body, flags=re.DOTALL)
    (report,) = [row for row in rows if 'href="/documents/CWS/12/29/"' in row]
    assert "session report" in report
    assert 'href="/sessions/12/"' in report
    count = Paragraph.objects.filter(document__symbol="CWS/12/29").count()
    assert count == 175
    assert f'<td class="num">{count}</td>' in report
    (unread,) = [row for row in rows if 'href="/documents/CWS/12/15/"' in row]
    assert '<td class="num">0</td>' in unread
