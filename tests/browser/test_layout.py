"""Reachable and readable anywhere (issue 10, ¶13 and ¶15): at 390 px (a phone) and 1280 px no
page type scrolls sideways, a wide table scrolls inside its own labelled region, the decisions
list keeps the wording in view, charts stay visible, and axe finds no violation; printed, a page
has no navigation chrome and gives its links as absolute addresses."""

import json

import pytest

from tests.browser.conftest import AXE
from tests.browser.i18n_checks import OVERFLOW  # what overflows the page on either side
from tests.browser.test_accessibility import PAGES, WCAG

WIDTHS = [390, 1280]

# Every region that scrolls sideways is labelled (a region with a name, or a table with its
# caption) and reachable by keyboard (focusable itself, or holding a link to move to).
SCROLLERS = """() => [...document.querySelectorAll('*')].filter(el => {
  const x = getComputedStyle(el).overflowX;
  return (x === 'auto' || x === 'scroll') && el.scrollWidth > el.clientWidth + 1;
}).map(el => ({
  element: el.tagName.toLowerCase() + '.' + el.className,
  labelled: (el.getAttribute('role') === 'region' &&
             !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))) ||
            (el.tagName === 'TABLE' && !!el.querySelector('caption')),
  keyboard: el.getAttribute('tabindex') === '0' || !!el.querySelector('a[href], button'),
}))"""


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_type_scrolls_sideways(site, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    problems = {}
    for name, url in PAGES.items():
        page.goto(site + url)
        overflow = page.evaluate(OVERFLOW)
        if overflow["page"] > 0 or overflow["wide"]:
            problems[name] = overflow
        for region in page.evaluate(SCROLLERS):
            if not (region["labelled"] and region["keyboard"]):
                problems.setdefault(name, {}).setdefault("unlabelled", []).append(region)
        page.evaluate(AXE.read_text(encoding="utf-8"))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
        )
        violations = [v["id"] for v in result["violations"]]
        if violations:
            problems.setdefault(name, {})["axe"] = violations
    assert problems == {}, json.dumps(problems, indent=1)


def test_on_a_phone_the_decisions_keep_their_wording_and_charts_stay(site, page):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(site + "/decisions/?session=12")
    wording = page.locator("tbody tr").first.locator("td").nth(3)
    box = wording.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + min(box["width"], 200) <= 390, box
    assert box["width"] >= 200, box
    for url in ("/technical-assistance/", "/surveys/ip-data-exchange-practices-2025/"):
        page.goto(site + url)
        charts = page.locator("main svg")
        assert charts.count() > 0, url
        for i in range(charts.count()):
            assert charts.nth(i).is_visible(), (url, i)


def test_printing_drops_the_chrome_and_gives_absolute_links(site, page):
    page.goto(site + "/decisions/CWS/12/29/80/1/")
    page.emulate_media(media="print")
    for selector in (".site-header", ".main-nav", ".breadcrumbs", ".site-footer", ".skip-link"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == (
            "none"
        ), selector
    # each link in the content is followed by its absolute address
    link = page.locator('main a[href="/documents/CWS/12/29/#p80"]').first
    after = link.evaluate("e => getComputedStyle(e, '::after').content")
    assert f"{site}/documents/CWS/12/29/#p80" in after.replace('" "', "").replace('"', ""), after
    session = page.locator('main a[href="/sessions/12/"]').first
    after = session.evaluate("e => getComputedStyle(e, '::after').content")
    assert f"{site}/sessions/12/" in after.replace('" "', "").replace('"', ""), after
