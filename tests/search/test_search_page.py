"""The search page (``cws/search.py``): what it finds, in which section, and that it survives
whatever is typed into it. (On PostgreSQL: ``test_postgres_index.py``.)"""

import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_task_44_and_st_26_for_sequence_listings(get):
    html = get("/search/?q=sequence+listings").text
    assert 'href="/tasks/44/"' in html
    assert 'href="/standards/ST.26/"' in html
    assert "<mark>" in html


def test_search_escapes_the_query_and_survives_odd_input(get):
    html = get("/search/?q=%3Cscript%3Ealert(1)%3C/script%3E").text
    assert "<script>alert" not in html
    for odd in ("%22%27", "a" * 5000, "ST.26 OR -x", "%E2%80%9C"):
        get(f"/search/?q={odd}")
    # a NUL in a query is refused with a clear answer (issue 12, item 6), never a 500
    assert "NUL" in get("/search/?q=%00", status=400).text


def section(html, key):
    """The markup of one section of results ("milestones", "report_items", "decisions"...)."""
    start = html.index(f'<section aria-labelledby="results-{key}">')
    return html[start : html.index("</section>", start)]


def test_search_finds_a_work_plan_milestone(get):
    html = get("/search/?q=questionnaire").text
    milestones = section(html, "milestones")
    assert "Work-plan milestones" in milestones
    assert (
        '<a href="/task-forces/ip-data-exchange/#report-cws-13-14">'
        "CWS/13/14 — December 2025 – January 2026</a>" in milestones
    )
    assert '<a class="citation" href="/documents/CWS/13/14/#p13">CWS/13/14 ¶13</a>' in milestones
    assert "<mark>questionnaire</mark>" in milestones


def test_search_finds_what_a_progress_report_found(get):
    html = get("/search/?q=twinning").text
    items = section(html, "report_items")
    assert "What progress reports found and plan" in items
    assert (
        '<a href="/task-forces/ip-data-exchange/#report-cws-13-14">'
        "CWS/13/14 — proposed solution</a>" in items
    )
    assert (
        '<a class="citation" href="/documents/CWS/13/14/#annex-p10">CWS/13/14 Annex ¶10</a>'
        in items
    )
    assert "<mark>twinning</mark>" in items


def test_a_proposal_found_by_search_reads_as_a_proposal(get):
    decisions = section(get("/search/?q=customer+name+cleaning").text, "decisions")
    hit = decisions[decisions.index('href="/decisions/CWS/12/29/50/1/"') :]
    hit = hit[: hit.index("</li>")]
    assert "proposal: to approve" in hit
    assert "— approved<" not in hit
