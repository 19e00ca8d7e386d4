"""Checks of a page in a right-to-left language, shared by the browser tests of issue 14."""

import json

# What overflows the page on either side (a right-to-left page overflows to the left): the
# elements that reach past an edge, outside any region that scrolls by itself.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = el => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const x = getComputedStyle(p).overflowX;
      if (x === 'auto' || x === 'scroll' || x === 'hidden') return true;
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll('*')].filter(el => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && (box.left < -1 || box.right > width + 1) && !scrolls(el);
  }).slice(0, 5).map(el => el.tagName.toLowerCase() + '.' + el.className +
                             (el.closest('[id]') ? ' in #' + el.closest('[id]').id : ''));
  return {page: document.documentElement.scrollWidth - width, wide};
}"""

# English record text inside a right-to-left page runs left to right: the elements marked
# lang="en" whose direction is not ltr.
ENGLISH_RIGHT_TO_LEFT = """() => [...document.querySelectorAll('[lang|="en"]')]
  .filter(el => el !== document.documentElement && getComputedStyle(el).direction !== 'ltr')
  .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') +
             (el.closest('[id]') ? ' in #' + el.closest('[id]').id : '') + ': ' +
             el.textContent.trim().slice(0, 60))"""


def sideways(page):
    """How the page scrolls sideways: {} if it does not."""
    overflow = page.evaluate(OVERFLOW)
    return overflow if overflow["page"] > 0 or overflow["wide"] else {}


def english_right_to_left(page):
    """The English record text of the page laid out right to left: [] when all is well."""
    return page.evaluate(ENGLISH_RIGHT_TO_LEFT)


def assert_mirrored(page):
    """The page is Arabic, right to left, and mirrored: the main navigation starts on the
    right, the heading starts on the right, and English record text runs left to right."""
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl"), page.url
    assert page.locator("main").evaluate("e => getComputedStyle(e).direction") == "rtl"
    items = page.locator(".main-nav li")
    first, second = items.nth(0).bounding_box(), items.nth(1).bounding_box()
    width = page.viewport_size["width"]
    if abs(first["y"] - second["y"]) < 2:  # on one line: the second item is left of the first
        assert second["x"] + second["width"] <= first["x"], (page.url, first, second)
    assert first["x"] + first["width"] > width / 2, (page.url, first, width)
    h1 = page.get_by_role("heading", level=1).bounding_box()
    assert h1["x"] + h1["width"] > width - width / 4, (page.url, h1, width)
    assert english_right_to_left(page)[:10] == [], page.url
    assert sideways(page) == {}, (page.url, json.dumps(sideways(page)))
