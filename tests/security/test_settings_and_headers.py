"""Deploy-grade settings: security headers on every page, safe cookies, login throttling."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests import factories

pytestmark = pytest.mark.django_db
ROOT = Path(settings.BASE_DIR)


def test_check_deploy_passes_with_no_warning():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(DJANGO_SECRET_KEY=secrets.token_urlsafe(50), DJANGO_SETTINGS_MODULE="cws.settings")
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout
    assert "SILENCED_SYSTEM_CHECKS" not in (ROOT / "cws" / "settings.py").read_text()


@pytest.mark.parametrize(
    "path", ["/", "/sessions/12/", "/tasks/67/", "/search/?q=x", "/admin/login/", "/tasks/99/"]
)
def test_every_html_response_carries_the_security_headers(client, path):
    response = client.get(path, secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = {d.split()[0]: d.split()[1:] for d in response["Content-Security-Policy"].split("; ")}
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]


def test_plain_http_is_redirected_to_https_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    from django.test import Client

    response = Client().get("/tasks/67/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/tasks/67/"


def cookie(response, name):
    morsel = response.cookies[name]
    return {
        "secure": bool(morsel["secure"]),
        "httponly": bool(morsel["httponly"]),
        "samesite": morsel["samesite"],
    }


def test_session_and_csrf_cookies_are_secure_httponly_lax_and_host_prefixed(client):
    """Over HTTPS both cookies carry the __Host- prefix (Secure, no Domain, Path=/)."""
    page = client.get("/admin/login/", secure=True)
    assert cookie(page, "__Host-csrftoken") == {"secure": True, "httponly": True, "samesite": "Lax"}
    assert page.cookies["__Host-csrftoken"]["path"] == "/"
    assert not page.cookies["__Host-csrftoken"]["domain"]
    user = factories.user("superuser")
    response = client.post(
        "/admin/login/?next=/admin/",
        {
            "username": user.username,
            "password": "pw",
            "csrfmiddlewaretoken": page.cookies["__Host-csrftoken"].value,
        },
        secure=True,
    )
    assert response.status_code == 302
    assert cookie(response, "__Host-sessionid") == {
        "secure": True,
        "httponly": True,
        "samesite": "Lax",
    }
    assert response.cookies["__Host-sessionid"]["path"] == "/"
    assert not response.cookies["__Host-sessionid"]["domain"]


def test_public_pages_set_no_cookie(client):
    response = client.get("/sessions/12/", secure=True)
    assert not response.cookies


def test_repeated_failed_logins_lock_the_user_out_with_a_clear_message(client):
    user = factories.user("editor")
    for _ in range(settings.SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS):
        client.post("/admin/login/", {"username": user.username, "password": "wrong"}, secure=True)
    locked = client.post(
        "/admin/login/", {"username": user.username, "password": "pw"}, secure=True
    )
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    # another user from the same address is not locked
    other = factories.user("editor")
    response = client.post(
        "/admin/login/?next=/admin/", {"username": other.username, "password": "pw"}, secure=True
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/verify/")  # on to the second step


def test_no_raw_sql_fed_by_request_data():
    """Queries go through the ORM; the only SQL strings are fixed ones in a migration."""
    suspects = []
    for path in ROOT.glob("*/**/*.py"):
        parts = path.relative_to(ROOT).parts
        if parts[0] in {".venv", "node_modules", "tests"} or "migrations" in parts:
            continue
        text = path.read_text(encoding="utf-8")
        for needle in (".raw(", ".extra(", "RawSQL(", "cursor.execute(", "to_tsquery("):
            if needle in text:
                suspects.append((str(path.relative_to(ROOT)), needle))
    assert suspects == [("records/ingest/backup.py", "cursor.execute(")]  # fixed sequence resets
