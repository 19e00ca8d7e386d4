"""Databases and servers of their own, for tests that run the site as it runs in production:
a database made and loaded by ``manage.py`` (a SQLite file, or a database on the PostgreSQL
server of DATABASE_URL), and gunicorn serving it."""

import hashlib
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import dj_database_url
import psycopg
import pytest
import requests

ROOT = Path(__file__).resolve().parents[1]


def manage(tree, database_url, *args, **env):
    """``manage.py args`` in ``tree`` on ``database_url``; its output (fails on an error)."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=tree,
        env={
            **os.environ,
            "DATABASE_URL": database_url,
            "DJANGO_DEBUG": "1",
            "PYTHONPATH": str(tree),
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} in {tree}:\n{result.stderr}"
    return result.stdout


def _admin_connection(config):
    return psycopg.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"],
        host=config["HOST"],
        port=config["PORT"],
        autocommit=True,
    )


@pytest.fixture
def new_database(tmp_path):
    """A function that makes an empty database on the suite's database server."""
    made = []
    base = os.environ.get("DATABASE_URL", "")

    def make():
        name = f"cws_test_{uuid.uuid4().hex[:8]}"
        if not base.startswith("postgres"):
            return f"sqlite:///{tmp_path / name}.sqlite3"
        config = dj_database_url.parse(base)
        with _admin_connection(config) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        made.append((config, name))
        return base.rsplit("/", 1)[0] + "/" + name

    yield make
    for config, name in made:
        with _admin_connection(config) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


SERVER_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "test-only-not-secret",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_SECURE_COOKIES": "0",
    "DJANGO_HSTS_SECONDS": "0",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    "DJANGO_PLAIN_STATIC": "1",
}


# The authenticator-app keys (hex) of the users live_site makes: one per name, so that two
# users signing in within the same 30 s never present the same code to one device.
TOTP_KEYS = {
    name: hashlib.sha1(name.encode()).hexdigest()  # noqa: S324 - a test key, not a digest
    for name in ("editor_a", "editor_b", "editor_c", "viewer_a", "admin_a")
}


def signed_in(base, username, password="pw-for-tests-1"):
    """A ``requests`` session of ``username`` (made by live_site), through both sign-in steps:
    the password, then the code of their authenticator app."""
    from tests.conftest import form_fields
    from tests.signin import code_for_key

    session = requests.Session()
    page = session.get(f"{base}/admin/login/", timeout=30)
    token = dict(form_fields(page.text, "login-form"))["csrfmiddlewaretoken"]
    response = session.post(
        f"{base}/admin/login/?next=/admin/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": token},
        timeout=30,
    )
    assert "/admin/verify/" in response.url, response.text[:500]
    token = dict(form_fields(response.text, "verify-form"))["csrfmiddlewaretoken"]
    response = session.post(
        response.url,
        data={"code": code_for_key(TOTP_KEYS[username]), "csrfmiddlewaretoken": token},
        timeout=30,
    )
    assert response.url.endswith("/admin/"), response.text[:500]
    return session


@pytest.fixture
def live_site(new_database, tmp_path):
    """``live_site(users, env, database)``: a loaded database served by gunicorn (2 processes
    x 2 threads), with ``env`` added to its environment; ``users`` ({username: group}) are made
    first, with the password "pw-for-tests-1" and an authenticator app whose key is
    ``TOTP_KEYS[username]`` (sign in with ``signed_in(base, username)``). With ``database`` (a
    url an earlier call returned), another server on that same database: a second host.
    Returns (base url, database url)."""
    servers = []

    def start(users=(), env=None, database=None):
        if database is None:
            database = new_database()
            manage(ROOT, database, "migrate", "--noinput")
            manage(ROOT, database, "load_records")
        if users:
            script = (
                "from django.contrib.auth.models import Group, User\n"
                f"for name, group in {dict(users)!r}.items():\n"
                "    user = User.objects.create_user(name, password='pw-for-tests-1', "
                "is_staff=True)\n"
                "    user.groups.add(Group.objects.get(name=group))\n"
                "    from django_otp.plugins.otp_totp.models import TOTPDevice\n"
                "    TOTPDevice.objects.create(user=user, name='Test app', confirmed=True, "
                f"key={TOTP_KEYS!r}[name])\n"
            )
            manage(ROOT, database, "shell", "--no-imports", "-c", script)
        port = free_port()
        log = open(tmp_path / f"gunicorn-{port}.log", "w")  # noqa: SIM115 - closed at teardown
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cws.wsgi",
                "--workers=2",
                "--threads=2",
                "--worker-class=gthread",
                f"--bind=127.0.0.1:{port}",
            ],
            cwd=ROOT,
            env={**os.environ, **SERVER_ENV, "DATABASE_URL": database, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        servers.append((server, log))
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:  # until a worker answers (it starts Django and connects first)
            try:
                requests.get(f"{base}/robots.txt", timeout=5)
                break
            except requests.RequestException:
                assert time.monotonic() < deadline, (tmp_path / f"gunicorn-{port}.log").read_text()
                time.sleep(0.2)
        return base, database

    yield start
    for server, log in servers:
        server.terminate()
        server.wait(timeout=10)
        log.close()
