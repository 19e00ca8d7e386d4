"""During a load test: an editor changes Task No. 24's note in the admin (a real browser), and
the next public responses show it, whichever worker answers (the page was cached by all of them
before the edit). Prints the outcome; exits non-zero if either step fails."""

import sys
import time
import urllib.request

from django_otp.oath import TOTP
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

BASE, USER, PASSWORD, TOTP_KEY = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
NOTE = f"Checked during the load test at {time.strftime('%H:%M:%S')}."


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
        page.goto(f"{BASE}/admin/tasks/task/?q=24")
        page.get_by_role("link", name="Task No. 24").first.click()
        page.locator("#id_note").fill(NOTE)
        started = time.monotonic()
        page.get_by_role("button", name="Save", exact=True).click()
        try:
            page.locator(".messagelist .success").wait_for(timeout=30_000)
            saved = True
        except PlaywrightTimeout:
            saved = False
        seconds = time.monotonic() - started
        public = browser.new_page()  # a visitor: no session
        public.goto(f"{BASE}/tasks/24/")
        visible = NOTE in public.content()
        browser.close()
    # ten more visitors, each on a new connection, so that every worker answers some of them
    later = [NOTE in fetch(f"{BASE}/tasks/24/") for _ in range(10)]
    print(
        f"admin save: {'ok' if saved else 'FAILED'} in {seconds:.2f} s; "
        f"visible on the next public response: {'yes' if visible else 'NO'}; "
        f"on the 10 after it: {sum(later)} of 10"
    )
    sys.exit(0 if saved and visible and all(later) else 1)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the local server
        return response.read().decode()


if __name__ == "__main__":
    main()
