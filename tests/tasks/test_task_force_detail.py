"""/task-forces/<slug>/: a Task Force's leaders and Tasks, its progress reports with their work
plan and findings, each cited, and its history."""

import re

import pytest
from django.utils.html import escape

from tasks.models import Milestone, ReportItem

pytestmark = pytest.mark.django_db


def test_task_force_page(get):
    html = get("/task-forces/ip-data-exchange/").text
    assert "Saudi Authority for Intellectual Property" in html
    assert 'href="/documents/CWS/13/14/"' in html
    assert 'href="/surveys/ip-data-exchange-practices-2025/"' in html


def report_article(html, symbol):
    anchor = "report-" + re.sub(r"[^a-z0-9]", "-", symbol.lower())
    start = html.index(f'<article class="progress-report" id="{anchor}"')
    return html[start : html.index("</article>", start)]


def citation(paragraph):
    label = f"{paragraph.document.symbol} {paragraph.label}"
    return f'<a class="citation" href="{paragraph.get_absolute_url()}">{label}</a>'


def test_the_work_plan_lists_each_milestone_with_its_months_and_citation(get):
    report = report_article(get("/task-forces/ip-data-exchange/").text, "CWS/13/14")
    plan = report[report.index("<caption") : report.index("</table>")]
    assert "Work plan" in plan
    rows = re.findall(r"<tr>(.*?)</tr>", plan[plan.index("<tbody>") :], flags=re.DOTALL)
    milestones = list(
        Milestone.objects.filter(report__document__symbol="CWS/13/14")
        .select_related("paragraph__document")
        .order_by("order")
    )
    assert len(rows) == len(milestones) == 7
    for row, milestone in zip(rows, milestones, strict=True):
        # the description is record text (English) inside pages in every language
        assert f'<td lang="en">{escape(milestone.description)}</td>' in row
        assert f"<td>{when(milestone)}</td>" in row
        assert citation(milestone.paragraph) in row
    assert (
        '<td><time datetime="2025-12">December 2025</time> – '
        '<time datetime="2026-01">January 2026</time></td>'
    ) in rows[0]
    assert '<td><time datetime="2026-02">February 2026</time></td>' in rows[1]
    assert '<td><time datetime="2026-11">November 2026</time></td>' in rows[6]


def when(milestone):
    """A milestone's months as the page writes them: each in <time> with its ISO month."""
    months = [d for d in (milestone.start_date, milestone.end_date) if d]
    if len(months) == 2 and months[0] == months[1]:
        months = months[:1]
    return " – ".join(f'<time datetime="{d:%Y-%m}">{d:%B %Y}</time>' for d in months)


def test_the_findings_are_grouped_by_kind_each_cited(get):
    report = report_article(get("/task-forces/ip-data-exchange/").text, "CWS/13/14")
    groups = dict(re.findall(r"<h4>(.*?)</h4>\s*<ul>(.*?)</ul>", report, flags=re.DOTALL))
    assert set(groups) == {
        "Challenge",
        "Planned action",
        "Key finding",
        "Proposed solution",
        "Benefit",
    }
    items = ReportItem.objects.filter(report__document__symbol="CWS/13/14").select_related(
        "paragraph__document"
    )
    assert items.count() == 22
    for item in items:
        listed = re.findall(r"<li>(.*?)</li>", groups[item.get_kind_display().capitalize()], re.S)
        (shown,) = [li for li in listed if escape(item.text) in li]
        assert citation(item.paragraph) in shown
        if item.heading:
            assert f"<strong>{escape(item.heading)}:</strong>" in shown
    challenges = groups["Challenge"]
    assert "Limited active participation and input from IP offices" in challenges
    assert citation(items.filter(kind="challenge").first().paragraph) in challenges
    assert 'href="/documents/CWS/13/14/#p12">CWS/13/14 ¶12</a>' in challenges


def test_the_history_is_not_headed_decisions_when_it_holds_proposals_and_references(get):
    """The IP Data Exchange Task Force's history holds a proposal (CWS/12/29 ¶144) and an event
    no decision caused: it is a history, and the proposal's link says so."""
    html = get("/task-forces/ip-data-exchange/").text
    assert "Decisions concerning this Task Force" not in html
    assert '<h2 id="events-heading">History across sessions</h2>' in html
    start = html.index('id="referenced-cws-12-29-144"')
    event = html[start : html.index("</li>", start)]
    assert ">the proposal</a>" in event
