"""Every page type in every interface language: 0 axe-core violations of WCAG 2.1 A/AA (issue
14). English is test_accessibility.py; here the other five, one browser page reused (each page
type loaded, axe injected and run, the next page). The Arabic pages are checked at a phone's
width, for sideways scrolling and for English record text laid out right to left too."""

import json

from tests.browser.conftest import AXE
from tests.browser.i18n_checks import english_right_to_left, sideways
from tests.browser.test_accessibility import WCAG
from tests.i18n.catalogues import LANGUAGES
from tests.i18n.pages import PAGES, in_language

# (only the violations: axe need not gather the details of what passes)
RUN_AXE = """tags => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                     resultTypes: ['violations']})"""


def test_no_axe_violations_on_any_page_type_in_any_language(site, page):
    """One live site and one browser page for the 100 pages (loading the site is the cost)."""
    axe = AXE.read_text(encoding="utf-8")
    problems = {}
    for language in LANGUAGES:
        if language == "ar":  # Arabic at a phone's width: also no sideways scrolling
            page.set_viewport_size({"width": 390, "height": 844})
        for url in PAGES.values():
            address = in_language(url, language)
            page.goto(site + address)
            assert page.locator("html").get_attribute("lang") == language, address
            # evaluated by the browser's DevTools, outside the page's Content-Security-Policy
            page.evaluate(axe)
            result = page.evaluate(RUN_AXE, WCAG)
            for violation in result["violations"]:
                problems.setdefault(address, []).append(
                    (
                        violation["id"],
                        violation["help"],
                        [node["target"] for node in violation["nodes"]][:5],
                    )
                )
            if language == "ar":
                if sideways(page):
                    problems.setdefault(address, []).append(("sideways", sideways(page)))
                if english_right_to_left(page):
                    problems.setdefault(address, []).append(
                        ("English text right to left", english_right_to_left(page)[:5])
                    )
        page.set_viewport_size({"width": 1280, "height": 720})
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)
