"""Logs (issue 12, item 5): every line has the time (UTC), the user and the client's address (taken
from the trusted proxies only); failed sign-ins, lockouts, second-factor failures and permission
refusals are logged. The lines are read from the handler settings.LOGGING configures."""

import io
import logging
import re

import pytest

from tests import factories
from tests.signin import Client, device, sign_in

pytestmark = pytest.mark.django_db
LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (?P<level>[A-Z]+) (?P<logger>[\w.]+) "
    r"user=(?P<user>\S+) client=(?P<client>\S+) (?P<message>.*)$"
)


@pytest.fixture
def log_lines():
    """The lines the site's console handler writes during the test, parsed."""
    (handler,) = [
        h
        for h in logging.getLogger().handlers
        if any(type(f).__name__ == "RequestFields" for f in h.filters)
    ]
    buffer = io.StringIO()
    previous = handler.setStream(buffer)

    def lines():
        # a line that does not start with a time continues the one before (a traceback)
        written = re.split(r"\n(?=\d{4}-)", buffer.getvalue().strip())
        parsed = [LINE.match(line.split("\n")[0]) for line in written if line]
        assert all(parsed), written  # every record has the time, the user and the client
        return [match.groupdict() for match in parsed]

    yield lines
    handler.setStream(previous)


def post_password(client, username, password, address):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def test_a_failed_sign_in_and_the_lockout_are_logged_with_the_clients_address(log_lines):
    user = factories.user("editor")
    client = Client()
    for _ in range(6):
        post_password(client, user.username, "wrong", "203.0.113.7")
    lines = log_lines()
    failed = [line for line in lines if "Failed sign-in" in line["message"]]
    assert len(failed) == 5
    assert failed[0]["client"] == "203.0.113.7" and failed[0]["level"] == "WARNING"
    assert user.username in failed[0]["message"]
    assert any("lockout" in line["message"] for line in lines)
    refused = [line for line in lines if "locked out" in line["message"]]
    assert refused and refused[-1]["client"] == "203.0.113.7"


def test_the_client_address_is_the_trusted_proxys_not_a_spoofed_one(log_lines, settings):
    settings.TRUSTED_PROXIES = 1
    Client().post(
        "/admin/login/?next=/admin/",
        {"username": "nobody", "password": "wrong", "next": "/admin/"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.66, 203.0.113.9",
    )
    (line,) = [line for line in log_lines() if "Failed sign-in" in line["message"]]
    assert line["client"] == "203.0.113.9"


def test_a_second_factor_failure_and_a_completed_sign_in_are_logged(log_lines):
    user = factories.user("editor")
    app = device(user)
    response = sign_in(Client(), user.username, "pw", app, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302
    client = Client()
    first = post_password(client, user.username, "pw", "203.0.113.8")
    client.post(first["Location"], {"code": "000000"}, REMOTE_ADDR="203.0.113.8")
    lines = log_lines()
    (done,) = [line for line in lines if "completed sign-in" in line["message"]]
    assert done["client"] == "203.0.113.9" and done["user"] == user.username
    (wrong,) = [line for line in lines if "Wrong second-factor" in line["message"]]
    assert wrong["client"] == "203.0.113.8" and user.username in wrong["message"]
    assert wrong["level"] == "WARNING"


def test_a_permission_refusal_names_the_user_and_the_address(log_lines):
    viewer = factories.user("viewer")
    client = Client()
    client.force_login(viewer)
    response = client.get("/admin/auth/user/add/", REMOTE_ADDR="203.0.113.10")
    assert response.status_code == 403
    (line,) = [line for line in log_lines() if "Forbidden" in line["message"]]
    assert line["user"] == viewer.username and line["client"] == "203.0.113.10"
    assert line["logger"] == "django.request"
