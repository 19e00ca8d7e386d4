"""The delegate's and the analyst's paths (test_paths.py) in French and in Arabic (issue 14):
the same steps through the translated interface, and in Arabic a right-to-left page whose layout
is mirrored and that does not scroll sideways on a phone."""

import re
from pathlib import Path
from urllib.parse import urljoin

from django.utils import translation
from playwright.sync_api import expect

from tests.browser.i18n_checks import assert_mirrored


def _(language, message, **values):
    """``message`` as the interface shows it in ``language`` (the compiled catalogue)."""
    with translation.override(language):
        text = translation.gettext(message)
    return text % values if values else text


def _n(language, singular, plural, number, **values):
    with translation.override(language):
        return translation.ngettext(singular, plural, number) % values


# The languages of the text nodes of an element that contain a phrase (their nearest lang).
LANGUAGES_OF = """(element, phrase) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.data.includes(phrase)) found.push(node.parentElement.closest('[lang]').lang);
  }
  return found;
}"""


def _languages_of(locator, phrase):
    return locator.evaluate(LANGUAGES_OF, phrase)


def test_delegate_goes_from_home_to_the_paragraph_that_created_task_67(site, page):
    # one live site for both languages (loading it is most of a browser test's time)
    for language in ("fr", "ar"):
        _delegate(site, page, language)


def _delegate(site, page, language):
    if language == "ar":
        page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site}/{language}/")
    if language == "ar":
        assert_mirrored(page)
    page.get_by_role(
        "link", name=_(language, "All outcomes of %(session)s", session="CWS/12")
    ).click()
    expect(page).to_have_url(re.compile(rf"/{language}/sessions/12/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("CWS/12")
    if language == "ar":
        assert_mirrored(page)
        # the decisions' rule is drawn on their start side: the right
        decision = page.locator("article.decision").first
        assert decision.evaluate("e => getComputedStyle(e).borderRightStyle") == "solid"
        assert decision.evaluate("e => getComputedStyle(e).borderLeftStyle") == "none"
    agenda = page.get_by_role("navigation", name=_(language, "Agenda"))
    item_8c = re.compile("^" + re.escape(_(language, "Item")) + r" 8\(c\)")
    agenda.get_by_role("link", name=item_8c).click()
    expect(page).to_have_url(re.compile(r"#item-8c$"))
    item = page.locator("#item-8c")
    expect(item).to_be_in_viewport()
    decision = item.locator("article.decision", has_text="approved the creation of Task No. 67")
    expect(decision).to_have_count(1)
    # the decision's wording is English record text, marked so
    assert _languages_of(decision, "approved the creation of Task No. 67") == ["en"]
    decision.locator("a[href$='/documents/CWS/12/29/#p146']").click()
    expect(page).to_have_url(re.compile(rf"/{language}/documents/CWS/12/29/#p146$"))
    paragraph = page.locator("#p146")
    expect(paragraph).to_be_in_viewport()
    expect(paragraph).to_contain_text("The CWS approved the creation of Task No. 67")
    expect(paragraph).to_have_css("outline-style", "solid")
    assert _languages_of(paragraph, "approved the creation of Task No. 67") == ["en"]
    if language == "ar":
        assert_mirrored(page)


def test_analyst_filters_tasks_and_exports_exactly_the_rows_shown(site, page):
    for language in ("fr", "ar"):
        _analyst(site, page, language)


def _analyst(site, page, language):
    if language == "ar":
        page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site}/{language}/tasks/")
    if language == "ar":
        assert_mirrored(page)
    page.get_by_label(_(language, "Status"), exact=True).select_option("active")
    page.get_by_label(_(language, "Task Force"), exact=True).select_option("api")
    page.get_by_role("button", name=_(language, "Apply filters")).click()
    expect(page.get_by_role("status")).to_contain_text(
        _n(language, "%(shown)s result", "%(shown)s results", 2, shown="2")
    )
    if language == "ar":
        assert_mirrored(page)
    shown = page.locator("table.records tbody th[scope=row]").all_inner_texts()
    assert shown == [_(language, "Task No. %(number)s", number=n) for n in (56, 64)]
    link = page.get_by_role("link", name="CSV")
    with page.expect_download() as download_info:
        link.click()
    exported = Path(download_info.value.path()).read_bytes()
    # the export is language-neutral: the same file as from the English page with these filters
    address = urljoin(page.url, link.get_attribute("href"))
    assert address.startswith(f"{site}/{language}/tasks/")
    english = page.request.get(address.replace(f"/{language}/", "/", 1))
    assert english.ok
    assert exported == english.body()
    assert b"API Task Force" in exported
