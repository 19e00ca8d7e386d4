"""Who may import: the editors (upload, review, publish, discard); the viewers may not, and do
not see drafts either (a draft is unreviewed and not public); nor may staff without a role or
anonymous visitors. Every refused request writes nothing."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from records.ingest.imports.start import start_import
from records.roles import EDITORS, VIEWERS
from tests import factories
from tests.ingest.importing import (
    IMPORTS,
    MADE_UP,
    UPLOAD,
    action_url,
    review_url,
    row_counts,
    upload,
)

pytestmark = pytest.mark.django_db

IMPORT_PERMISSIONS = {
    "add_reportimport",
    "change_reportimport",
    "delete_reportimport",
    "view_reportimport",
    "publish_reportimport",
}


@pytest.fixture
def draft():
    return start_import(
        MADE_UP.read_bytes(), MADE_UP.name, symbol="CWS/99/9", session=99, create_session=True
    )


def records_permissions(name):
    group = Group.objects.get(name=name)
    return set(
        group.permissions.filter(content_type__app_label="records").values_list(
            "codename", flat=True
        )
    )


def test_the_editors_may_import_and_the_viewers_may_not():
    factories.user("editor")
    assert records_permissions(EDITORS) == IMPORT_PERMISSIONS
    assert records_permissions(VIEWERS) == set()


def attempts(draft):
    """(method, url, data) of every import page and action."""
    key = {"key": "body:2:1", "action": "rejected"}
    return [
        ("get", IMPORTS, {}),
        ("get", UPLOAD, {}),
        ("get", review_url(draft), {}),
        ("post", action_url(draft, "decision"), key),
        ("post", action_url(draft, "add"), {"paragraph": "body:3", "text": "x"}),
        ("post", action_url(draft, "item"), {"code": "3", "title": "Item 3"}),
        ("post", action_url(draft, "publish"), {}),
        ("post", action_url(draft, "discard"), {}),
    ]


@pytest.mark.parametrize("role", ["viewer", "staff without a role"])
def test_staff_who_are_not_editors_get_403_and_see_no_draft(client, draft, role):
    client.force_login(factories.user("viewer" if role == "viewer" else None))
    before = row_counts()
    for method, url, data in attempts(draft):
        response = getattr(client, method)(url, data)
        assert response.status_code == 403, (method, url, response.status_code)
        assert "Example Data Task Force" not in response.content.decode()
    response = upload(client, MADE_UP, "CWS/99/9", 99, create_session=True)
    assert response.status_code == 403
    assert row_counts() == before
    draft.refresh_from_db()
    assert draft.status == "draft" and not draft.reviews.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, draft):
    before = row_counts()
    for method, url, data in attempts(draft):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("admin:login")), url
    assert row_counts() == before


def test_editors_may_do_everything(client, get, draft):
    client.force_login(factories.user("editor"))
    get(IMPORTS)
    get(UPLOAD)
    page = get(review_url(draft)).text
    for form in ("review-d-body-2-1", "correct-d-body-2-1", "add-decision-form"):
        assert f'id="{form}"' in page
    assert 'id="publish-form"' in page and 'id="discard-form"' in page


def test_a_published_import_is_shown_read_only(client, get, draft):
    editor = factories.user("editor")
    client.force_login(editor)
    from records.ingest.imports.publish import publish
    from records.ingest.imports.review import correct_agenda_item

    correct_agenda_item(draft, "3", "Item 3", editor)
    publish(draft, editor)
    page = get(review_url(draft)).text
    assert "Status: published" in page
    for form in ("review-d-body-2-1", "correct-d-body-2-1", "add-decision-form", "publish-form"):
        assert f'id="{form}"' not in page
    assert 'href="/sessions/99/"' in page
