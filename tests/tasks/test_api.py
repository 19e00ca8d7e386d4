"""The API of Tasks, Task Forces, progress reports and surveys (``tasks/api.py``)."""

import pytest

from tasks.models import Milestone, ProgressReport, ReportItem

pytestmark = pytest.mark.django_db


def test_task_fields_and_history(api):
    task = api("/api/tasks/67/")
    assert task["number"] == 67 and task["status"] == "active"
    assert task["task_force"] == "IP Data Exchange Task Force"
    created = next(e for e in task["history"] if e["kind"] == "created")
    assert (created["session"], created["document"], created["paragraph"]) == (12, "CWS/12/29", 146)
    assert created["description"] == task["description"]
    assert task["url"] == "http://testserver/tasks/67/"
    assert api("/api/tasks/24/")["task_force"] is None


def test_task_force_fields(api):
    task_force = api("/api/task-forces/ip-data-exchange/")
    assert task_force["leaders"] == [
        "International Bureau of WIPO",
        "Japan Patent Office",
        "Saudi Authority for Intellectual Property",
    ]
    assert task_force["tasks"] == [67]


def test_survey_fields(api):
    survey = api("/api/surveys/ip-data-exchange-practices-2025/")
    assert survey["stated_respondents"] == 20 and len(survey["respondents"]) == 20


def test_progress_reports_are_listed_with_their_work_plan_and_findings(api):
    page = api("/api/progress-reports/?page_size=500")
    assert page["count"] == ProgressReport.objects.count() == len(page["results"])
    for report in page["results"]:
        assert {"report", "session", "task_force", "milestones", "items", "url"} <= set(report)
    (cws_13_14,) = [r for r in page["results"] if r["report"] == "CWS/13/14"]
    assert len(cws_13_14["milestones"]) == 7 and len(cws_13_14["items"]) == 22
    assert cws_13_14["url"] == "http://testserver/task-forces/ip-data-exchange/#report-cws-13-14"


def test_a_progress_report_by_its_symbol(api):
    report = api("/api/progress-reports/CWS/13/14/")
    assert (report["report"], report["session"]) == ("CWS/13/14", 13)
    assert report["task_force"] == "IP Data Exchange Task Force" and report["tasks"] == [67]
    first = report["milestones"][0]
    assert first["description"].startswith(
        "The Task Force co-leaders to prepare a draft survey questionnaire"
    )
    assert (first["start_date"], first["end_date"], first["date_precision"]) == (
        "2025-12-01",
        "2026-01-01",
        "month",
    )
    assert (first["document"], first["paragraph"], first["part"]) == ("CWS/13/14", 13, "body")
    assert [m["order"] for m in report["milestones"]] == list(
        Milestone.objects.filter(report__document__symbol="CWS/13/14")
        .order_by("order")
        .values_list("order", flat=True)
    )
    kinds = {item["kind"] for item in report["items"]}
    assert kinds == {"challenge", "planned_action", "key_finding", "proposed_solution", "benefit"}
    twinning = next(i for i in report["items"] if "twinning" in i["text"])
    assert (twinning["kind"], twinning["heading"]) == ("proposed_solution", "Capacity Building")
    assert (twinning["document"], twinning["paragraph"], twinning["part"]) == (
        "CWS/13/14",
        10,
        "annex",
    )
    assert len(report["items"]) == (
        ReportItem.objects.filter(report__document__symbol="CWS/13/14").count()
    )


@pytest.mark.parametrize("symbol", ["NO/SUCH", "CWS/99/1", "CWS/12/29"])
def test_an_unknown_progress_report_is_a_json_404(api, symbol):
    assert "detail" in api(f"/api/progress-reports/{symbol}/", status=404)


def test_a_task_force_gives_its_progress_reports(api):
    task_force = api("/api/task-forces/ip-data-exchange/")
    assert [r["report"] for r in task_force["progress_reports"]] == ["CWS/13/14"]
    (report,) = task_force["progress_reports"]
    assert report == api("/api/progress-reports/CWS/13/14/")
