"""Staff sign-in (issue 12, items 1-3), through the admin's real pages: a password alone never
reaches the admin; codes are accepted once; backup codes once; wrong codes are throttled; a
user without a device enrols at first sign-in; a superuser can reset a user's devices; the
session gets a new key at each step, ends when idle, after its maximum length and at sign-out,
and can be ended from another session; the throttle can be neither evaded nor turned against
a user with a spoofed X-Forwarded-For."""

import base64
import io
import re
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import StaffSession
from accounts.session_store import LAST_SEEN, SIGNED_IN_AT
from tests import factories
from tests.signin import Client, code, code_for_key, device, sign_in

pytestmark = pytest.mark.django_db
INDEX_HEADING = "Records of the Committee on WIPO Standards"


def editor_with_app():
    user = factories.user("editor")
    return user, device(user)


def password_step(client, username, password="pw", **extra):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, "next": "/admin/"},
        **extra,
    )


def test_a_password_alone_does_not_reach_the_admin(client):
    user, _ = editor_with_app()
    response = password_step(client, user.username)
    assert response.status_code == 302
    assert response["Location"] == "/admin/verify/?next=%2Fadmin%2F"
    for path in ("/admin/", "/admin/cws_sessions/decision/", "/admin/tasks/task/67/change/"):
        page = client.get(path, follow=True)
        assert page.redirect_chain[-1][0].startswith("/admin/verify/"), path
        assert INDEX_HEADING not in page.content.decode()
        assert "Second step" in page.content.decode()


def test_password_and_a_valid_code_reach_the_admin_index(client):
    user, app = editor_with_app()
    response = sign_in(client, user.username, "pw", app)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert INDEX_HEADING in client.get("/admin/").content.decode()


def test_a_code_is_accepted_once(client):
    user, app = editor_with_app()
    used = code(app)
    password_step(client, user.username)
    assert client.post("/admin/verify/", {"code": used}).status_code == 302
    client.post("/admin/sign-out/")
    password_step(client, user.username)
    replayed = client.post("/admin/verify/", {"code": used})
    assert replayed.status_code == 400
    assert "already used" in replayed.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_backup_code_works_once(client):
    user, _ = editor_with_app()
    backups = StaticDevice.objects.create(user=user, name="Backup codes")
    backups.token_set.create(token="q7k2m9x4")  # noqa: S106 - a test code
    password_step(client, user.username)
    first = client.post("/admin/verify/", {"code": "Q7K2 M9X4"}, follow=True)
    assert INDEX_HEADING in first.content.decode()
    assert "You used a backup code; 0 are left." in first.content.decode()
    client.post("/admin/sign-out/")
    password_step(client, user.username)
    again = client.post("/admin/verify/", {"code": "q7k2m9x4"})
    assert again.status_code == 400
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_are_throttled(client):
    user, app = editor_with_app()
    password_step(client, user.username)
    for wrong in ("000000", "111111"):
        assert client.post("/admin/verify/", {"code": wrong}).status_code == 400
    # the right code, at once, is refused: the device waits after each failure (1 s, 2 s, ...)
    refused = client.post("/admin/verify/", {"code": code(app)})
    assert refused.status_code == 400
    assert "Too many wrong codes" in refused.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_user_without_a_device_enrols_at_first_sign_in(client):
    user = factories.user("editor")
    password_step(client, user.username)
    verify = client.get("/admin/verify/?next=/admin/")
    assert verify.status_code == 302 and verify["Location"].startswith("/admin/enrol/")
    page = client.get(verify["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html  # the QR code
    secret = re.search(r'<code id="totp-secret">([A-Z2-7 ]+)</code>', html).group(1)
    key = base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    wrong = client.post("/admin/enrol/", {"code": "123456"})
    assert wrong.status_code == 400 and "That code is not right" in wrong.content.decode()
    time.sleep(1.1)  # a wrong code makes the device wait 1 s before the next try
    done = client.post("/admin/enrol/", {"code": code_for_key(key.hex()), "next": "/admin/"})
    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    assert len(codes) == 10
    assert INDEX_HEADING in client.get("/admin/").content.decode()
    # the next sign-in asks for the second factor, and a backup code does it
    client.post("/admin/sign-out/")
    password_step(client, user.username)
    assert client.get("/admin/").status_code == 302
    assert client.post("/admin/verify/", {"code": codes[0]}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_password_alone_cannot_add_a_device_to_an_account_that_has_one(client):
    user, _ = editor_with_app()
    password_step(client, user.username)
    response = client.get("/admin/enrol/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/verify/")
    assert not TOTPDevice.objects.filter(user=user, confirmed=False).exists()


def test_a_superuser_resets_another_users_devices(client):
    user, _ = editor_with_app()
    StaticDevice.objects.create(user=user, name="Backup codes")
    editor_session = Client()
    editor_session.force_login(user)
    assert editor_session.get("/admin/").status_code == 200
    client.force_login(factories.user("superuser"))
    response = client.post(
        "/admin/auth/user/",
        {"action": "reset_second_factor", "_selected_action": [user.pk]},
        follow=True,
    )
    assert "1 user will set up a second factor at their next sign-in." in response.content.decode()
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    assert editor_session.get("/admin/").status_code == 302  # their sessions ended
    fresh = Client()
    password_step(fresh, user.username)
    assert fresh.get("/admin/verify/")["Location"].startswith("/admin/enrol/")


def test_the_last_superuser_who_lost_their_device_is_reset_with_manage_py(client):
    chief = factories.user("superuser")
    device(chief)
    out = io.StringIO()
    call_command("reset_second_factor", chief.username, stdout=out)
    assert f"{chief.username} will set up a second factor at next sign-in." in out.getvalue()
    assert not TOTPDevice.objects.filter(user=chief).exists()
    password_step(client, chief.username)
    assert client.get("/admin/verify/")["Location"].startswith("/admin/enrol/")
    with pytest.raises(CommandError, match="No such user: nobody. Nothing was reset."):
        call_command("reset_second_factor", chief.username, "nobody", stdout=io.StringIO())


def test_an_editor_cannot_reset_devices(client):
    user, _ = editor_with_app()
    client.force_login(factories.user("editor"))
    response = client.post(
        "/admin/auth/user/", {"action": "reset_second_factor", "_selected_action": [user.pk]}
    )
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=user).exists()


def test_createsuperuser_still_works_and_the_superuser_enrols(client, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "plum orbit tandem quietly")
    call_command(
        "createsuperuser",
        interactive=False,
        username="chief",
        email="chief@example.org",
        stdout=io.StringIO(),
    )
    assert User.objects.get(username="chief").is_superuser
    password_step(client, "chief", "plum orbit tandem quietly")
    assert client.get("/admin/verify/")["Location"].startswith("/admin/enrol/")


# Sessions (item 3).


def session_key(client):
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def test_each_sign_in_step_gives_a_new_session_key(client):
    user, app = editor_with_app()
    client.get("/admin/login/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "planted-by-an-attacker-0123456789"
    password_step(client, user.username)
    after_password = session_key(client)
    assert after_password != "planted-by-an-attacker-0123456789"
    client.post("/admin/verify/", {"code": code(app)})
    assert session_key(client) != after_password
    assert not StaffSession.objects.filter(session_key=after_password).exists()


def test_sign_out_ends_the_session_on_the_server(client):
    user, _ = editor_with_app()
    client.force_login(user)
    key = session_key(client)
    assert StaffSession.objects.filter(session_key=key, user=user).exists()
    client.post("/admin/sign-out/")
    assert not StaffSession.objects.filter(session_key=key).exists()
    stolen = Client()
    stolen.cookies[settings.SESSION_COOKIE_NAME] = key
    assert stolen.get("/admin/").status_code == 302


def age_session(client, **back):
    """Move the session's stored times back, as if that much time had passed."""
    session = client.session
    for name, delta in back.items():
        stored = timezone.datetime.fromisoformat(session[name])
        session[name] = (stored - delta).isoformat()
    session.save()


def test_an_idle_session_ends(client):
    user, _ = editor_with_app()
    client.force_login(user)
    idle = timedelta(minutes=settings.SESSION_IDLE_MINUTES)
    age_session(client, **{LAST_SEEN: idle - timedelta(minutes=1)})
    assert client.get("/admin/").status_code == 200  # still within the idle time
    key = session_key(client)
    age_session(client, **{LAST_SEEN: idle + timedelta(minutes=1)})
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert "minutes without activity" in response.content.decode()
    assert not StaffSession.objects.filter(session_key=key).exists()


def test_a_session_ends_after_its_maximum_length_whatever_the_activity(client):
    user, _ = editor_with_app()
    client.force_login(user)
    longest = timedelta(hours=settings.SESSION_MAX_HOURS)
    age_session(client, **{SIGNED_IN_AT: longest - timedelta(minutes=1)})
    assert client.get("/admin/").status_code == 200
    age_session(client, **{SIGNED_IN_AT: timedelta(minutes=2)})  # active a moment ago
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert "sessions last at most" in response.content.decode()


def test_the_timeouts_are_settings_with_staff_defaults():
    assert settings.SESSION_IDLE_MINUTES == 30
    assert settings.SESSION_MAX_HOURS == 10
    assert settings.SESSION_COOKIE_AGE == 10 * 3600


def test_a_user_sees_and_ends_their_other_sessions(client):
    user, _ = editor_with_app()
    laptop, phone = Client(), Client()
    laptop.force_login(user)
    phone.force_login(user)
    page = laptop.get("/admin/security/", HTTP_USER_AGENT="Laptop browser")
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count('name="session" value="') == 2  # one "End" button and "End all others"
    assert "This session" in html
    phone_id = re.search(r'name="session" value="([0-9a-f]{16})"', html).group(1)
    assert session_key(phone) not in html  # the page never shows a session key
    ended = laptop.post("/admin/security/", {"session": phone_id}, follow=True)
    assert "1 session(s) ended." in ended.content.decode()
    assert phone.get("/admin/").status_code == 302
    assert laptop.get("/admin/").status_code == 200


def test_every_admin_page_links_to_the_users_sessions_and_sign_out(client):
    client.force_login(factories.user("editor"))
    for path in ("/admin/", "/admin/tasks/task/", "/admin/security/"):
        page = client.get(path).content.decode()
        assert '<a href="/admin/security/">Sign-in and sessions</a>' in page, path
        assert 'id="logout-form"' in page, path


def test_end_all_other_sessions(client):
    user, _ = editor_with_app()
    others = [Client() for _ in range(3)]
    for other in [client, *others]:
        other.force_login(user)
    client.post("/admin/security/", {"session": "all"})
    assert [other.get("/admin/").status_code for other in others] == [302, 302, 302]
    assert client.get("/admin/").status_code == 200


# Throttling (item 2).

PROXY = "10.0.0.1"


@pytest.fixture
def behind_one_proxy(settings):
    settings.TRUSTED_PROXIES = 1


def through_proxy(client_address, spoofed=None):
    """What the app sees of a request that came through the trusted proxy."""
    forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


def test_a_spoofed_x_forwarded_for_does_not_lock_out_another_users_address(behind_one_proxy):
    user, app = editor_with_app()
    attacker = Client()
    for _ in range(settings.SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS + 3):
        attacker.post(
            "/admin/login/",
            {"username": user.username, "password": "wrong"},
            **through_proxy("203.0.113.9", spoofed="198.51.100.7"),
        )
    victim = Client()
    response = sign_in(victim, user.username, "pw", app, **through_proxy("198.51.100.7"))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    # the attacker is the one locked out, right password or not
    locked = password_step(attacker, user.username, **through_proxy("203.0.113.9"))
    assert locked.status_code == 429


def test_a_spoofed_x_forwarded_for_does_not_evade_the_lockout(behind_one_proxy):
    user, _ = editor_with_app()
    attacker = Client()
    for n in range(settings.SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS):
        attacker.post(
            "/admin/login/",
            {"username": user.username, "password": f"guess-{n}"},
            **through_proxy("203.0.113.9", spoofed=f"192.0.2.{n + 1}"),
        )
    guess = password_step(
        attacker, user.username, **through_proxy("203.0.113.9", spoofed="192.0.2.200")
    )
    assert guess.status_code == 429
    assert "Too many failed sign-ins" in guess.content.decode()


def test_the_leftmost_x_forwarded_for_is_never_believed_without_a_proxy(client):
    user, _ = editor_with_app()
    for n in range(settings.SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS):
        client.post(
            "/admin/login/",
            {"username": user.username, "password": "wrong"},
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}",
        )
    assert password_step(client, user.username, REMOTE_ADDR="203.0.113.9").status_code == 429


def test_spraying_guesses_across_accounts_from_one_address_is_stopped(client):
    user, _ = editor_with_app()
    for n in range(settings.SIGN_IN_LIMIT_PER_ADDRESS):
        client.post(
            "/admin/login/",
            {"username": f"someone{n}", "password": "Summer2024!"},
            REMOTE_ADDR="203.0.113.50",
        )
    assert password_step(client, user.username, REMOTE_ADDR="203.0.113.50").status_code == 429
    # elsewhere, the same account signs in
    assert password_step(Client(), user.username, REMOTE_ADDR="198.51.100.7").status_code == 302


def test_guesses_on_one_account_from_many_addresses_are_stopped_but_not_at_home(client):
    user, app = editor_with_app()
    home = "198.51.100.7"
    sign_in(Client(), user.username, "pw", app, REMOTE_ADDR=home)  # a known address
    for n in range(settings.SIGN_IN_LIMIT_PER_NAME):
        Client().post(
            "/admin/login/",
            {"username": user.username, "password": f"guess-{n}"},
            REMOTE_ADDR=f"203.0.113.{n + 1}",
        )
    # a new address is refused, even with the right password
    assert password_step(client, user.username, REMOTE_ADDR="192.0.2.99").status_code == 429
    # the user, from the address they signed in from before, is not locked out
    home_again = Client()
    response = sign_in(home_again, user.username, "pw", app, steps=1, REMOTE_ADDR=home)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_wrong_codes_count_towards_the_lockout(client):
    user, _ = editor_with_app()
    password_step(client, user.username)
    for n in range(settings.SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS):
        TOTPDevice.objects.filter(user=user).update(throttling_failure_count=0)
        client.post("/admin/verify/", {"code": f"00000{n}"})
    assert client.post("/admin/verify/", {"code": "123456"}).status_code == 429


def test_a_superuser_clears_a_lockout(client):
    user, _ = editor_with_app()
    for _ in range(settings.SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS):
        password_step(Client(), user.username, "wrong")
    assert password_step(Client(), user.username).status_code == 429
    admin = Client()
    admin.force_login(factories.user("superuser"))
    listing = admin.get("/admin/accounts/signinfailure/")
    assert user.username in listing.content.decode()
    from accounts.models import SignInFailure

    ids = list(SignInFailure.objects.filter(username=user.username).values_list("pk", flat=True))
    admin.post(
        "/admin/accounts/signinfailure/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert password_step(Client(), user.username).status_code == 302


def test_backup_code_tokens_are_random_and_distinct():
    codes = {StaticToken.random_token() for _ in range(50)}
    assert len(codes) == 50


def test_the_sign_in_never_sends_the_user_to_another_site(client):
    """ASVS 3.7.2: the ``next`` address of both steps stays on this site."""
    user, app = editor_with_app()
    response = sign_in(client, user.username, "pw", app, next_url="https://evil.example/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_sign_in_and_sign_out_need_the_csrf_token():
    """ASVS 3.5.1: a form posted from another site (no CSRF token) is refused."""
    user, _ = editor_with_app()
    browser = Client(enforce_csrf_checks=True)
    assert password_step(browser, user.username).status_code == 403
    browser.force_login(user)
    assert browser.post("/admin/sign-out/").status_code == 403
    assert browser.get("/admin/").status_code == 200  # still signed in
