"""During a load test: an editor changes Task No. 24's note in the admin (a real browser), and
the next public response shows it. Prints the outcome; exits non-zero if either step fails."""

import sys
import time

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

BASE, USER, PASSWORD = sys.argv[1], sys.argv[2], sys.argv[3]
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
        public = browser.new_page()  # a visitor: no session, nothing cached
        public.goto(f"{BASE}/tasks/24/")
        visible = NOTE in public.content()
        browser.close()
    print(
        f"admin save: {'ok' if saved else 'FAILED'} in {seconds:.2f} s; "
        f"visible on the next public response: {'yes' if visible else 'NO'}"
    )
    sys.exit(0 if saved and visible else 1)


if __name__ == "__main__":
    main()
