"""/documents/<symbol>/: the text, numbered as the original, each paragraph with what cites
it. (That every citing model is listed: ``tests/records/test_citations.py``.)"""

import re

import pytest

pytestmark = pytest.mark.django_db


def paragraph_block(html, anchor):
    """The markup of one paragraph, from its id to the next paragraph's."""
    start = html.index(f'id="{anchor}"')
    end = html.find('<div class="paragraph"', start)
    return html[start : end if end != -1 else len(html)]


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


def test_a_proposal_is_cited_as_a_proposal_never_as_what_it_proposed(get):
    """CWS/12/29 ¶50: the Task Force proposed to revise Task No. 55; the CWS did not approve
    it (¶51). What cites ¶50 reads "proposal: to approve", never a bare "approved"."""
    block = paragraph_block(get("/documents/CWS/12/29/").text, "p50")
    cited_by = block[block.index('<ul class="cited-by"') : block.index("</ul>")]
    assert (
        '<a href="/decisions/CWS/12/29/50/1/">CWS/12: proposal: to approve (CWS/12/29 ¶50)</a>'
        in cited_by
    )
    assert not re.search(r"\bapproved\b", cited_by), cited_by


def test_the_invitations_of_a_working_document_are_cited_as_proposals(get):
    block = paragraph_block(get("/documents/CWS/13/14/").text, "p14")
    cited_by = block[block.index('<ul class="cited-by"') : block.index("</ul>")]
    assert cited_by.count("CWS/13: proposal: to note") == 2
    assert cited_by.count("CWS/13: proposal: to approve") == 1
    assert not re.search(r"\b(noted|approved)\b", cited_by), cited_by


def test_records_citing_a_paragraph_are_headed_proposals_when_only_proposals_cite_it(get):
    cited_by = paragraph_block(get("/documents/CWS/12/29/").text, "p50")
    assert '<span class="cited-kind">Proposals:</span>' in cited_by
    assert '<span class="cited-kind">Decisions:</span>' not in cited_by
    decided = paragraph_block(get("/documents/CWS/12/29/").text, "p146")
    assert '<span class="cited-kind">Decisions:</span>' in decided
