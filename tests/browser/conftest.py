"""Browser tests: Playwright drives Debian's Chromium against the live server.

They need /usr/bin/chromium (apt-get install chromium), the npm packages of package.json
(axe-core, vnu-jar) and Java for the Nu HTML checker; `.ci/run` installs them all.
"""

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a
# thread with a running loop unless told that it is safe (it is: the loop is Playwright's).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "accept_downloads": True}


@pytest.fixture
def site(live_server, transactional_db, settings):
    """The live site with the curated records (reloaded: each browser test starts clean)."""
    settings.DEBUG = False
    call_command("load_records", stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def sign_in(site, page):
    """``sign_in(role="editor", user=None, steps=0) -> user``: signs ``page`` into the admin as
    a person does, through both steps: the password, then the code of an authenticator app.

    Without ``user``, a new staff user of ``role`` ("editor", "viewer" or "superuser", password
    "pw") is made. The user's authenticator app is made if they have none
    (``tests.signin.device``). A code is accepted once: to sign the same user in again within
    30 s, pass ``steps=1`` (the next period's code). Ends on the admin index. Example::

        def test_an_editor_uploads_a_report(site, page, sign_in):
            sign_in("editor")
            page.goto(site + "/admin/...")
    """
    from tests import factories
    from tests.signin import code, device

    def go(role="editor", user=None, steps=0, password="pw"):  # noqa: S107 - the test password
        user = user or factories.user(role)
        app = device(user)
        page.goto(site + "/admin/login/?next=/admin/")
        page.get_by_label("Username").fill(user.get_username())
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()
        page.get_by_label("Code").fill(code(app, steps))
        page.get_by_role("button", name="Verify").click()
        expect(
            page.get_by_role("heading", name="Records of the Committee on WIPO Standards")
        ).to_be_visible()
        return user

    return go
