"""Signing in, in tests: staff reach the admin only with a password and a second factor.

- ``Client``: the test client every test gets (the ``client`` fixture, tests/conftest.py). Its
  ``force_login(user)`` signs the user in as Django's does, then marks the session verified the
  way the real second step does (``django_otp.login``: the id of a confirmed device of the user,
  here an authenticator app made for them with ``device(user)``, stored in the session). Tests
  of the sign-in itself go through the real pages instead (tests/security/test_sign_in.py).
- ``device(user)``: the user's authenticator app (made if missing); ``code(device)`` the code it
  shows now (``code(device, steps=1)``: the next one, for a second sign-in within 30 s, since a
  code is accepted once).
- ``sign_in(client, username, password, device)``: the real two steps through the admin's pages,
  for the HTTP client; tests/browser/conftest.py has the same for a browser.
"""

import time

import django.test
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

TEST_KEY = "3132333435363738393031323334353637383930"  # the RFC 6238 test key (hex)


def device(user, key=None):
    """The user's confirmed authenticator app (made with ``key``, hex, if they have none)."""
    found = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if found is None:
        found = TOTPDevice.objects.create(
            user=user, name="Test app", confirmed=True, **({"key": key} if key else {})
        )
    return found


def code(device, steps=0):
    """The code ``device`` accepts now (``steps`` periods of 30 s later)."""
    return code_for_key(device.key, steps)


def code_for_key(key, steps=0):
    totp = TOTP(bytes.fromhex(key), step=30, t0=0, digits=6, drift=0)
    totp.time = time.time() + 30 * steps
    return f"{totp.token():06d}"


class Client(django.test.Client):
    """Django's test client; ``force_login`` also passes the second factor (see above)."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device(user).persistent_id
        session.save()


def sign_in(client, username, password, device, next_url="/admin/", steps=0, **extra):
    """Both steps through the admin's pages; the response of the second step."""
    first = client.post(
        f"/admin/login/?next={next_url}",
        {"username": username, "password": password, "next": next_url},
        **extra,
    )
    assert first.status_code == 302 and first["Location"].startswith("/admin/verify/"), (
        first.status_code,
        first.content[:300],
    )
    return client.post(first["Location"], {"code": code(device, steps), "next": next_url}, **extra)
