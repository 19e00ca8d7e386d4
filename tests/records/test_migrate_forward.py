"""A database made by an earlier release moves forward with nothing lost.

A database migrated and loaded by the code of the last release before the records kernel
(commit ``BEFORE``), then migrated by this code, holds the same records and history as a
database that this code migrates and loads with the same fixtures. It runs on the database the
suite runs on (a new SQLite file, or a new database on the PostgreSQL server of DATABASE_URL).
"""

import json
import os
import subprocess
import sys
import tarfile
import uuid
from io import BytesIO
from pathlib import Path

import dj_database_url
import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
# The last landed release before the records kernel moved models between apps.
BEFORE = "e19abb3a03f124f08b6e347110f5742b94178a55"
# Written anew by every load: when, by which run; not what a record holds.
VOLATILE = {"history_date", "history_id"}

pytestmark = pytest.mark.isolated


def checkout(commit, target):
    """The tree of ``commit`` in ``target`` (git archive: no work tree is touched)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit],
        capture_output=True,
        check=False,
    )
    assert archive.returncode == 0, (
        f"commit {commit} is not in this clone (a shallow clone?): {archive.stderr.decode()}"
    )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")


def manage(tree, database_url, *args):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "1",
        "PYTHONPATH": str(tree),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} in {tree}:\n{result.stderr}"
    return result.stdout


def dump(database_url, target):
    manage(ROOT, database_url, "export_records", str(target))
    rows = json.loads(target.read_text(encoding="utf-8"))
    return sorted(
        json.dumps(
            {
                "model": row["model"],
                "pk": row.get("pk"),
                "fields": {k: v for k, v in row["fields"].items() if k not in VOLATILE},
            },
            sort_keys=True,
        )
        for row in rows
    )


@pytest.fixture
def new_database(tmp_path):
    """A function that makes an empty database on the suite's database server."""
    made = []
    base = os.environ.get("DATABASE_URL", "")

    def make():
        name = f"cws_forward_{uuid.uuid4().hex[:8]}"
        if not base.startswith("postgres"):
            return f"sqlite:///{tmp_path / name}.sqlite3"
        config = dj_database_url.parse(base)
        with psycopg.connect(
            dbname="postgres",
            user=config["USER"],
            password=config["PASSWORD"],
            host=config["HOST"],
            port=config["PORT"],
            autocommit=True,
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        made.append((config, name))
        return base.rsplit("/", 1)[0] + "/" + name

    yield make
    for config, name in made:
        with psycopg.connect(
            dbname="postgres",
            user=config["USER"],
            password=config["PASSWORD"],
            host=config["HOST"],
            port=config["PORT"],
            autocommit=True,
        ) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_database_of_the_last_release_migrates_with_nothing_lost(tmp_path, new_database):
    before = tmp_path / "before"
    checkout(BEFORE, before)
    fixtures = str(before / "fixtures")

    upgraded = new_database()
    manage(before, upgraded, "migrate", "--noinput")
    manage(before, upgraded, "load_records")
    manage(ROOT, upgraded, "migrate", "--noinput")

    fresh = new_database()
    manage(ROOT, fresh, "migrate", "--noinput")
    manage(ROOT, fresh, "load_records", "--fixtures", fixtures)

    upgraded_rows = dump(upgraded, tmp_path / "upgraded.json")
    fresh_rows = dump(fresh, tmp_path / "fresh.json")
    assert len(upgraded_rows) > 2000  # the records and their history are all there
    assert upgraded_rows == fresh_rows
    # and the records version kept its place in the kernel
    version = manage(
        ROOT,
        upgraded,
        "shell",
        "--no-imports",
        "-c",
        "from records.models import RecordsVersion; print(RecordsVersion.objects.get().number)",
    )
    assert int(version) >= 1
