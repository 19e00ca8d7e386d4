"""Every page type: 0 axe-core violations of WCAG 2.1 A/AA, and 0 Nu HTML checker errors."""

import json
import subprocess

import pytest

from tests.browser.conftest import AXE, VNU

PAGES = {
    "home": "/",
    "session-list": "/sessions/",
    "session": "/sessions/12/",
    "work-program": "/sessions/12/work-program/",
    "decision-list": "/decisions/?session=12&kind=approved",
    "decision-list-error": "/decisions/?task=abc",
    "document-list": "/documents/",
    "document": "/documents/CWS/13/14/",
    "task-list": "/tasks/",
    "task": "/tasks/67/",
    "task-force-list": "/task-forces/",
    "task-force": "/task-forces/ip-data-exchange/",
    "standard-list": "/standards/",
    "standard": "/standards/ST.26/",
    "technical-assistance": "/technical-assistance/",
    "survey": "/surveys/ip-data-exchange-practices-2025/",
    "search": "/search/?q=sequence+listings",
    "decision": "/decisions/CWS/12/29/80/1/",
    "office": "/offices/Japan Patent Office/",
    "not-found": "/tasks/99/",
}
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.mark.parametrize("name", list(PAGES))
def test_no_axe_violations(site, page, name):
    page.goto(site + PAGES[name])
    # evaluated by the browser's DevTools, outside the page's Content-Security-Policy (which
    # rightly forbids inline scripts)
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
    )
    violations = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:5]) for v in result["violations"]
    ]
    assert violations == [], json.dumps(violations, indent=1)


def test_every_page_type_is_valid_html(site, page, tmp_path):
    files = []
    for name, url in PAGES.items():
        response = page.goto(site + url)
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.body())
        files.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr or result.stdout
