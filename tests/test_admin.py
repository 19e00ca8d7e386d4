"""The secretariat's admin: every model usable, roles enforced, history kept, no N+1."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sessions.models import Decision, Session
from standards.models import Standard
from tasks.models import Task, TaskEvent
from tests import factories

pytestmark = pytest.mark.django_db

RECORD_MODELS = [
    model
    for model in admin.site._registry
    if model._meta.app_label in {"cws_sessions", "standards", "tasks", "assistance"}
]


def url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def superuser_client(client):
    client.force_login(factories.user("superuser"))
    return client


def test_every_record_model_is_in_the_admin():
    from django.apps import apps

    for label in ("cws_sessions", "standards", "tasks", "assistance"):
        for model in apps.get_app_config(label).get_models():
            infrastructure = model._meta.model_name in {"recordsversion"}
            if not (
                model._meta.model_name.startswith("historical")
                or model._meta.auto_created
                or infrastructure
            ):
                assert model in admin.site._registry, model


@pytest.mark.parametrize("model", RECORD_MODELS, ids=lambda m: m._meta.label)
def test_changelist_search_add_change_and_history_pages_load(superuser_client, model):
    assert superuser_client.get(url(model, "changelist")).status_code == 200
    assert superuser_client.get(url(model, "changelist"), {"q": "WIPO 12"}).status_code == 200
    assert superuser_client.get(url(model, "add")).status_code == 200
    obj = model.objects.first()
    if obj is not None:
        assert superuser_client.get(url(model, "change", obj.pk)).status_code == 200
        assert superuser_client.get(url(model, "history", obj.pk)).status_code == 200


def test_decisions_are_edited_inline_under_their_session_and_agenda_item(superuser_client):
    session = Session.objects.get(number=12)
    page = superuser_client.get(url(Session, "change", session.pk)).content.decode()
    assert "decisions-TOTAL_FORMS" in page
    item = session.agenda_items.get(code="8(c)")
    page = superuser_client.get(url(type(item), "change", item.pk)).content.decode()
    assert "The CWS approved the creation of Task No. 67" in page


def test_task_and_standard_history_are_inline(superuser_client):
    task = Task.objects.get(number=67)
    page = superuser_client.get(url(Task, "change", task.pk)).content.decode()
    assert "events-TOTAL_FORMS" in page and "CWS/12/29 ¶146" in page
    st92 = Standard.objects.get(code="ST.92")
    page = superuser_client.get(url(Standard, "change", st92.pk)).content.decode()
    assert "events-TOTAL_FORMS" in page


def test_autocomplete_finds_tasks_standards_and_offices(superuser_client):
    def search(model, term):
        return superuser_client.get(
            reverse("admin:autocomplete"),
            {"term": term, "app_label": "tasks", "model_name": "task", "field_name": "standards"}
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


@pytest.mark.parametrize("model", RECORD_MODELS, ids=lambda m: m._meta.label)
def test_a_viewer_can_read_but_not_change(client, model):
    client.force_login(factories.user("viewer"))
    assert client.get(url(model, "changelist")).status_code == 200
    assert client.get(url(model, "add")).status_code == 403
    obj = model.objects.first()
    if obj is not None:
        page = client.get(url(model, "change", obj.pk))
        assert page.status_code == 200
        assert b'name="_save"' not in page.content
        assert client.post(url(model, "change", obj.pk), {}).status_code == 403
        assert client.post(url(model, "delete", obj.pk), {"post": "yes"}).status_code == 403


def test_a_viewer_cannot_touch_users_or_groups(client):
    client.force_login(factories.user("viewer"))
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_an_editor_changes_a_task_and_the_history_names_them(client):
    editor = factories.user("editor")
    client.force_login(editor)
    task = Task.objects.get(number=24)
    page = client.get(url(Task, "change", task.pk))
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data["standards"] = [s.pk for s in task.standards.all()]
    data["note"] = "Edited by the secretariat."
    events = TaskEvent.objects.filter(task=task)
    data.update(
        {
            "events-TOTAL_FORMS": events.count(),
            "events-INITIAL_FORMS": events.count(),
            "events-MIN_NUM_FORMS": 0,
            "events-MAX_NUM_FORMS": 1000,
        }
    )
    for i, event in enumerate(events):
        data.update(
            {
                f"events-{i}-id": event.pk,
                f"events-{i}-task": task.pk,
                f"events-{i}-kind": event.kind,
                f"events-{i}-session": event.session_id,
                f"events-{i}-decision": event.decision_id or "",
                f"events-{i}-paragraph": event.paragraph_id,
                f"events-{i}-description": event.description,
                f"events-{i}-task_force": event.task_force_id or "",
                f"events-{i}-status": event.status,
            }
        )
    response = client.post(url(Task, "change", task.pk), data)
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
    history_page = client.get(url(Task, "history", task.pk)).content.decode()
    assert editor.username in history_page


def test_an_editor_cannot_manage_users(client):
    client.force_login(factories.user("editor"))
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_an_editor_deletes_a_record_and_the_deletion_is_kept(client):
    editor = factories.user("editor")
    client.force_login(editor)
    (decision,) = factories.decisions(1)
    response = client.post(url(Decision, "delete", decision.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Decision.objects.filter(pk=decision.pk).exists()
    deleted = Decision.history.filter(id=decision.pk, history_type="-").get()
    assert deleted.history_user == editor


def changelist_queries(client, model, marker):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(model, "changelist"), {"q": marker})
    assert response.status_code == 200
    return len(queries), response.context["cl"].result_count


def test_the_decision_changelist_costs_the_same_at_1_and_50_rows(superuser_client):
    factories.decisions(1, marker="zzone")
    factories.decisions(50, marker="zzfifty")
    one = changelist_queries(superuser_client, Decision, "zzone")
    fifty = changelist_queries(superuser_client, Decision, "zzfifty")
    assert (one[1], fifty[1]) == (1, 50)
    assert one[0] == fifty[0]


@pytest.mark.parametrize("model", RECORD_MODELS, ids=lambda m: m._meta.label)
def test_no_changelist_queries_per_row(superuser_client, model):
    """Every changelist: one page of all curated rows costs what a page of one row costs."""
    with CaptureQueriesContext(connection) as full:
        superuser_client.get(url(model, "changelist"))
    first = model.objects.order_by("pk").first()
    if first is None:
        pytest.skip("no curated rows")
    with CaptureQueriesContext(connection) as single:
        superuser_client.get(url(model, "changelist"), {"id__exact": first.pk})
    assert len(full) == len(single)
