"""One settings module read from the environment, with safe defaults."""

import json
import os
import subprocess
import sys

from django.conf import settings

PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "db = settings.DATABASES['default']; "
    "print(json.dumps({'debug': settings.DEBUG, 'engine': db['ENGINE'], 'name': str(db['NAME']), "
    "'conn_max_age': db['CONN_MAX_AGE'], 'health': db['CONN_HEALTH_CHECKS']}))"
)


def run_settings(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.pop("DATABASE_URL", None)
    clean.update(DJANGO_SETTINGS_MODULE="cws.settings", **env)
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        env=clean,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_secret_key_is_required_unless_debug():
    result = run_settings()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert run_settings(DJANGO_DEBUG="1").returncode == 0


def test_debug_is_off_unless_asked():
    values = json.loads(run_settings(DJANGO_SECRET_KEY="x").stdout)
    assert values["debug"] is False


def test_an_empty_database_url_means_the_sqlite_file():
    values = json.loads(run_settings(DJANGO_SECRET_KEY="x", DATABASE_URL="").stdout)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"].endswith("db.sqlite3")


def test_database_url_selects_postgresql_with_persistent_checked_connections():
    values = json.loads(
        run_settings(DJANGO_SECRET_KEY="x", DATABASE_URL="postgres://u:p@127.0.0.1:5432/cws").stdout
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["conn_max_age"] == 60
    assert values["health"] is True
