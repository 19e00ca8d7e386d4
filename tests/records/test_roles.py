"""The role groups (``records/roles.py``) are brought up to date after every ``migrate``: a
permission taken from a group comes back, a deleted group is made again. Each test runs in a
transaction that is rolled back, so the groups the other tests use are untouched."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from records.roles import EDITORS, VIEWERS
from sessions.models import Decision
from tests import factories

pytestmark = pytest.mark.django_db


def migrate():
    """``migrate`` with nothing to apply, as every deployment runs it."""
    out = io.StringIO()
    call_command("migrate", verbosity=1, stdout=out)
    assert "No migrations to apply." in out.getvalue()


def test_a_permission_removed_from_the_editors_is_back_after_migrate(client, get, admin_url):
    client.force_login(factories.user("editor"))
    decision = Decision.objects.get(paragraph__document__symbol="CWS/12/29", paragraph__number=146)
    change = admin_url(Decision, "change", decision.pk)
    assert 'name="_save"' in get(change).text
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.remove(editors.permissions.get(codename="change_decision"))
    assert 'name="_save"' not in get(change).text  # the editor may only look
    migrate()
    assert Group.objects.get(name=EDITORS).permissions.filter(codename="change_decision").exists()
    assert 'name="_save"' in get(change).text


def test_a_deleted_group_is_made_again_after_migrate(client, get, admin_url):
    viewers = set(Group.objects.get(name=VIEWERS).permissions.values_list("codename", flat=True))
    assert "view_decision" in viewers and "change_decision" not in viewers
    Group.objects.filter(name=VIEWERS).delete()
    migrate()
    again = Group.objects.get(name=VIEWERS)
    assert set(again.permissions.values_list("codename", flat=True)) == viewers
    client.force_login(factories.user("viewer"))  # a viewer of the group made again
    get(admin_url(Decision, "changelist"))
    get(admin_url(Decision, "add"), status=403)
