"""The admin of sessions and decisions: decisions edited where they were taken, deletions kept
in the history, a changelist that costs the same at any length."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sessions.models import Decision, Session
from tests import factories

pytestmark = pytest.mark.django_db


def test_decisions_are_edited_under_their_agenda_item_and_listed_from_their_session(
    superuser_client, get, admin_url
):
    """A session's decisions are too many to inline (issue 10): its form links to their list,
    filtered to the session; an agenda item's few decisions are inline under it."""
    session = Session.objects.get(number=12)
    page = get(admin_url(Session, "change", session.pk)).text
    assert "decisions-TOTAL_FORMS" not in page
    decisions = f"{admin_url(Decision, 'changelist')}?session__id__exact={session.pk}"
    assert f'<a href="{decisions}">' in page
    assert f"{session.decisions.count()} decisions: edit them in their list" in page
    listed = get(decisions).context["cl"].result_count
    assert listed == session.decisions.count()
    item = session.agenda_items.get(code="8(c)")
    page = get(admin_url(type(item), "change", item.pk)).text
    assert "The CWS approved the creation of Task No. 67" in page


def test_an_editor_deletes_a_record_and_the_deletion_is_kept(client, admin_url):
    editor = factories.user("editor")
    client.force_login(editor)
    (decision,) = factories.decisions(1)
    response = client.post(admin_url(Decision, "delete", decision.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Decision.objects.filter(pk=decision.pk).exists()
    deleted = Decision.history.filter(id=decision.pk, history_type="-").get()
    assert deleted.history_user == editor


def changelist_queries(get, address, marker):
    with CaptureQueriesContext(connection) as queries:
        response = get(address, data={"q": marker})
    return len(queries), response.context["cl"].result_count


def test_the_decision_changelist_costs_the_same_at_1_and_50_rows(superuser_client, get, admin_url):
    factories.decisions(1, marker="zzone")
    factories.decisions(50, marker="zzfifty")
    one = changelist_queries(get, admin_url(Decision, "changelist"), "zzone")
    fifty = changelist_queries(get, admin_url(Decision, "changelist"), "zzfifty")
    assert (one[1], fifty[1]) == (1, 50)
    assert one[0] == fifty[0]
