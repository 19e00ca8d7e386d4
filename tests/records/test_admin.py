"""The secretariat's admin, for every record model (``records/admin.py``, the base each app's
admin builds on): every model usable, the viewer role read-only, no query per row.
(What each app's admin adds: ``tests/<app>/test_admin.py``; every role against every model:
``tests/security/test_roles_and_history.py``.)"""

import pytest
from django.apps import apps
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

RECORD_MODELS = [
    model
    for model in admin.site._registry
    if model._meta.app_label in {"cws_sessions", "standards", "tasks", "assistance"}
]


def test_every_record_model_is_in_the_admin():
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
def test_changelist_search_add_change_and_history_pages_load(
    superuser_client, get, admin_url, model
):
    get(admin_url(model, "changelist"))
    get(admin_url(model, "changelist"), data={"q": "WIPO 12"})
    get(admin_url(model, "add"))
    obj = model.objects.first()
    if obj is not None:
        get(admin_url(model, "change", obj.pk))
        get(admin_url(model, "history", obj.pk))


@pytest.mark.parametrize("model", RECORD_MODELS, ids=lambda m: m._meta.label)
def test_a_viewer_can_read_but_not_change(client, get, admin_url, model):
    client.force_login(factories.user("viewer"))
    get(admin_url(model, "changelist"))
    get(admin_url(model, "add"), status=403)
    obj = model.objects.first()
    if obj is not None:
        page = get(admin_url(model, "change", obj.pk))
        assert b'name="_save"' not in page.content
        assert client.post(admin_url(model, "change", obj.pk), {}).status_code == 403
        assert client.post(admin_url(model, "delete", obj.pk), {"post": "yes"}).status_code == 403


def test_a_viewer_cannot_touch_users_or_groups(client, get):
    client.force_login(factories.user("viewer"))
    get(reverse("admin:auth_user_changelist"), status=403)


def test_an_editor_cannot_manage_users(client, get):
    client.force_login(factories.user("editor"))
    get(reverse("admin:auth_user_changelist"), status=403)
    get(reverse("admin:auth_group_changelist"), status=403)


@pytest.mark.parametrize("model", RECORD_MODELS, ids=lambda m: m._meta.label)
def test_no_changelist_queries_per_row(superuser_client, admin_url, model):
    """Every changelist: one page of all curated rows costs what a page of one row costs."""
    with CaptureQueriesContext(connection) as full:
        superuser_client.get(admin_url(model, "changelist"))
    first = model.objects.order_by("pk").first()
    if first is None:
        pytest.skip("no curated rows")
    with CaptureQueriesContext(connection) as single:
        superuser_client.get(admin_url(model, "changelist"), {"id__exact": first.pk})
    assert len(full) == len(single)
