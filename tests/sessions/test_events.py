"""History events share one base (``sessions/events.py``): a Task's, a Standard's and a Task
Force's events have the same fields, in the API and in validation; none is without its
session."""

import pytest
from django.core.exceptions import ValidationError

from sessions.models import Paragraph
from standards.models import Standard, StandardEvent
from tasks.models import Task, TaskEvent, TaskForce, TaskForceEvent

pytestmark = pytest.mark.django_db

COMMON = {"session", "kind", "document", "paragraph", "part", "decision", "note"}


def test_a_tasks_and_a_standards_history_entries_share_the_common_keys(api):
    task_history = api("/api/tasks/67/")["history"]
    standard_history = api("/api/standards/ST.26/")["history"]
    assert task_history and standard_history
    for entry in task_history + standard_history:
        assert set(entry) >= COMMON, entry
        assert isinstance(entry["session"], int) and isinstance(entry["paragraph"], int)
    assert set(task_history[0]) & set(standard_history[0]) == COMMON
    created = next(e for e in task_history if e["kind"] == "created")
    assert (created["decision"], created["part"]) == ("CWS/12/29 ¶146", "body")


def test_a_task_forces_history_entries_share_the_common_keys(api):
    history = api("/api/task-forces/ip-data-exchange/")["history"]
    assert history
    for entry in history:
        assert set(entry) >= COMMON, entry
    established = next(e for e in history if e["kind"] == "established")
    assert (established["document"], established["paragraph"]) == ("CWS/12/29", 147)


def without_session(model):
    paragraph = Paragraph.objects.get(document__symbol="CWS/12/29", number=146)
    subject = {
        StandardEvent: lambda: {"standard": Standard.objects.get(code="ST.92")},
        TaskEvent: lambda: {"task": Task.objects.get(number=67)},
        TaskForceEvent: lambda: {"task_force": TaskForce.objects.get(slug="ip-data-exchange")},
    }[model]()
    return model(kind="referenced", paragraph=paragraph, **subject)


@pytest.mark.parametrize("model", [StandardEvent, TaskEvent, TaskForceEvent])
def test_an_event_without_a_session_is_refused(model):
    event = without_session(model)
    with pytest.raises(ValidationError) as refused:
        event.full_clean()
    assert "session" in refused.value.message_dict


def test_the_admin_refuses_a_standard_event_without_a_session(superuser_client, admin_url):
    paragraph = Paragraph.objects.get(document__symbol="CWS/12/29", number=80)
    standard = Standard.objects.get(code="ST.92")
    before = StandardEvent.objects.count()
    response = superuser_client.post(
        admin_url(StandardEvent, "add"),
        {
            "standard": standard.pk,
            "kind": "referenced",
            "session": "",
            "decision": "",
            "paragraph": paragraph.pk,
            "version": "",
            "date": "",
            "date_precision": "",
            "note": "",
        },
    )
    assert response.status_code == 200  # the form again, not a redirect to the saved event
    assert "session" in response.context["adminform"].form.errors
    assert StandardEvent.objects.count() == before
