"""/documents/<symbol>/: the text, numbered as the original, each paragraph with what cites
it. (That every citing model is listed: ``tests/records/test_citations.py``.)"""

import pytest

pytestmark = pytest.mark.django_db


def test_document_page_numbers_paragraphs_and_links_what_cites_them(get):
    html = get("/documents/CWS/12/29/").text
    assert 'id="p146"' in html and 'id="p175"' in html
    start = html.index('id="p146"')
    block = html[start : html.index('id="p147"')]
    assert "The CWS approved the creation of Task No. 67" in block
    assert 'href="/tasks/67/#created-cws-12-29-146"' in block  # the event on the Task's page
    annex = get("/documents/CWS/13/14/").text
    assert annex.index('id="p14"') < annex.index('id="annex-p1"')


def test_document_without_text_says_so(get):
    assert "not among the sources" in get("/documents/CWS/12/15/").text
