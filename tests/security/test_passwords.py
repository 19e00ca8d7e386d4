"""Passwords (issue 12, item 4), through the admin's own password change page: at least 12
characters; not containing the user's names or this site's words; not a password exposed in
breaches nor one built on it (offline lists); not easy to guess. A long unusual one is taken."""

import pytest
from django.contrib.auth.models import User

from tests.signin import Client

pytestmark = pytest.mark.django_db


def change_password(new, username="editor3"):
    user = User.objects.create_user(username, password="pw", is_staff=True)
    client = Client()
    client.force_login(user)
    response = client.post(
        "/admin/password_change/",
        {"old_password": "pw", "new_password1": new, "new_password2": new},
    )
    return user, response


@pytest.mark.parametrize(
    "password,reason",
    [
        ("Tr0ub4dor&3", "too short. It must contain at least 12 characters"),
        ("editor3editor3", "contains “editor3”"),
        ("Summer2024!!", "exposed in data breaches (“summer”) with digits or symbols added"),
        ("Summer2024!", "too short"),
        ("password1234", "exposed in data breaches"),
        ("iloveyou2024", "exposed in data breaches"),
        ("qwertyuiop123", "exposed in data breaches"),
        ("WIPO-standards-1", "easy to guess here"),
        ("aaaaaaaaaaaaaaaa", "too easy to guess"),
    ],
)
def test_a_weak_password_is_refused_with_the_reason(password, reason):
    user, response = change_password(password)
    assert response.status_code == 200
    assert reason in response.content.decode()
    user.refresh_from_db()
    assert user.check_password("pw")


def test_a_long_unusual_password_is_taken():
    user, response = change_password("plum orbit tandem quietly")
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("plum orbit tandem quietly")


def test_the_rules_are_shown_where_a_password_is_chosen():
    user = User.objects.create_user("editor4", password="pw", is_staff=True)
    client = Client()
    client.force_login(user)
    page = client.get("/admin/password_change/").content.decode()
    assert "at least 12 characters" in page
    assert "exposed in data breaches" in page
