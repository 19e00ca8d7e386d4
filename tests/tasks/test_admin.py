"""The admin of Tasks: history inline, autocomplete, an editor's change named in the history."""

import pytest
from django.urls import reverse

from tasks.models import Task
from tests import factories

pytestmark = pytest.mark.django_db


def test_task_history_is_inline(superuser_client, get, admin_url):
    task = Task.objects.get(number=67)
    page = get(admin_url(Task, "change", task.pk)).text
    assert "events-TOTAL_FORMS" in page and "CWS/12/29 ¶146" in page


def test_autocomplete_finds_tasks_standards_and_offices(superuser_client, get):
    def search(model, term):
        return get(
            reverse("admin:autocomplete"),
            data={
                "term": term,
                "app_label": "tasks",
                "model_name": "task",
                "field_name": "standards",
            }
            if model == "standard"
            else {
                "term": term,
                "app_label": "tasks",
                "model_name": "taskforce",
                "field_name": "leaders",
            },
        ).json()["results"]

    assert any(r["text"].startswith("ST.92") for r in search("standard", "ST.92"))
    assert any(r["text"] == "Japan Patent Office" for r in search("office", "JPO"))


def test_an_editor_changes_a_task_and_the_history_names_them(client, get, submit, admin_url):
    editor = factories.user("editor")
    client.force_login(editor)
    task = Task.objects.get(number=24)
    response = submit(admin_url(Task, "change", task.pk), {"note": "Edited by the secretariat."})
    assert response.status_code == 302, (
        response.context and response.context["adminform"].form.errors
    )
    task.refresh_from_db()
    assert task.note == "Edited by the secretariat."
    latest = task.history.latest()
    assert latest.history_user == editor
    assert latest.history_type == "~"
    delta = latest.diff_against(latest.prev_record)
    assert delta.changed_fields == ["note"]
    history_page = get(admin_url(Task, "history", task.pk)).text
    assert editor.username in history_page
