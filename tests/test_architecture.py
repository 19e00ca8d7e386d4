"""The apps' dependencies point one way (records <- sessions <- standards <- tasks <- assistance
<- cws <- accounts), for imports and for migrations, and the check fails when one points back."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db.migrations.loader import MigrationLoader

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["records", "cws_sessions", "standards", "tasks", "assistance"]  # lowest first
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=False,
    )


def test_imports_keep_the_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_a_back_pointing_import_breaks_the_contract(tmp_path):
    for name in [
        "pyproject.toml",
        "accounts",
        "cws",
        "records",
        "sessions",
        "standards",
        "tasks",
        "assistance",
    ]:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    models = tmp_path / "sessions" / "models.py"
    models.write_text(models.read_text() + "\nfrom tasks.models import Task  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "sessions is not allowed to import tasks" in result.stdout


@pytest.mark.django_db
def test_migrations_depend_only_on_their_own_app_or_a_lower_one():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    back = []
    for app, name in graph.nodes:
        if app not in LAYERS:
            continue
        for dependency in graph.node_map[(app, name)].parents:
            other = dependency.key[0]
            if other in LAYERS and LAYERS.index(other) > LAYERS.index(app):
                back.append(f"{app}.{name} -> {other}.{dependency.key[1]}")
    assert back == []
