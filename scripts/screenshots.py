"""Screenshots of the main page types for docs/screenshots/ (run against a local server).

DJANGO_DEBUG=1 .venv/bin/python manage.py runserver 127.0.0.1:8000 &
.venv/bin/python scripts/screenshots.py http://127.0.0.1:8000
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/",
    "session-cws-12": "/sessions/12/",
    "task-67": "/tasks/67/",
    "document-cws-12-29-p146": "/documents/CWS/12/29/#p146",
    "technical-assistance": "/technical-assistance/",
}
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main(base):
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 1300})
        for name, url in PAGES.items():
            page.goto(base + url)
            page.screenshot(path=OUT / f"{name}.png")
        phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
        phone.goto(base + "/tasks/67/")
        phone.screenshot(path=OUT / "task-67-phone.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
