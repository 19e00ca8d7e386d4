"""The API of Tasks, Task Forces, progress reports and surveys (``tasks/api.py``)."""

import pytest

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
