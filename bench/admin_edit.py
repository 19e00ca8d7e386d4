"""During a load test: an editor changes Task No. 24's note in the admin (a real browser), and
the next public responses show it, whichever worker answers (the page was cached by all of them
before the edit). Prints the outcome; exits non-zero if either step fails.

With ``EDITS=n EDIT_EVERY=s`` in the environment the editor saves n times, one save every s
seconds (each save changes the records version: every cached page and row is rendered afresh),
and every save must be visible on the next public response.
"""

import os
import sys
import time
import urllib.request

from django_otp.oath import TOTP
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

BASE, USER, PASSWORD, TOTP_KEY = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
EDITS = int(os.environ.get("EDITS", "1"))
EVERY = float(os.environ.get("EDIT_EVERY", "4"))


def main():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.goto(f"{BASE}/admin/login/")
        page.get_by_label("Username").fill(USER)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        # the second step: the code of the editor's authenticator app
        totp = TOTP(bytes.fromhex(TOTP_KEY))
        page.get_by_label("Code").fill(f"{totp.token():06d}")
        page.get_by_role("button", name="Verify").click()
        public = browser.new_page()  # a visitor: no session
        page.goto(f"{BASE}/admin/tasks/task/?q=24")
        page.get_by_role("link", name="Task No. 24").first.click()
        change_page = page.url
        seconds, saved, visible = [], [], []
        for edit in range(EDITS):
            started = time.monotonic()
            note = f"Checked during the load test at {time.strftime('%H:%M:%S')} (save {edit + 1})."
            page.goto(change_page)
            page.locator("#id_note").fill(note)
            page.get_by_role("button", name="Save", exact=True).click()
            try:
                page.locator(".messagelist .success").wait_for(timeout=30_000)
                saved.append(True)
            except PlaywrightTimeout:
                saved.append(False)
            seconds.append(time.monotonic() - started)
            public.goto(f"{BASE}/tasks/24/")
            visible.append(note in public.content())
            time.sleep(max(0.0, EVERY - (time.monotonic() - started)))
        browser.close()
    # ten more visitors, each on a new connection, so that every worker answers some of them
    later = [note in fetch(f"{BASE}/tasks/24/") for _ in range(10)]
    print(
        f"admin saves: {sum(saved)} of {EDITS} ok, each in {min(seconds):.2f}–{max(seconds):.2f} s "
        f"(the save and the page after it); visible on the next public response: "
        f"{sum(visible)} of {EDITS}; the last on the 10 responses after it: {sum(later)} of 10"
    )
    sys.exit(0 if all(saved) and all(visible) and all(later) else 1)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the local server
        return response.read().decode()


if __name__ == "__main__":
    main()
