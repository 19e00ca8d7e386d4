"""The CWS/12 session page in Arabic, French and Chinese, drawn with real glyphs (issue 14): the
heading of the Arabic and Chinese pages is rendered with an Arabic or a CJK system font (no
empty boxes), and a screenshot is taken (1280 px wide, the top of the page).

With SCREENSHOTS_DIR set (``SCREENSHOTS_DIR=docs/screenshots pytest -m browser
tests/browser/test_i18n_screenshots.py``) the screenshots are written there: that is how
docs/screenshots/session-12-{ar,fr,zh-hans}.png are made."""

import os
from pathlib import Path

# The system fonts that draw Arabic and Chinese (Debian: fonts-noto-core, fonts-noto-cjk;
# elsewhere the other families of the stylesheet's stacks).
FONTS = {
    "ar": ("Arabic", "Tahoma", "Geeza", "Segoe UI"),
    "zh-hans": ("CJK", "PingFang", "YaHei", "Hei", "Song"),
}
WIDTH, HEIGHT = 1280, 1800


def _fonts_drawing(page, selector):
    """The platform fonts Chromium used to draw the text of ``selector``: {family: glyphs}."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    return {font["familyName"]: font["glyphCount"] for font in fonts}


def test_the_session_page_is_drawn_with_fonts_of_its_script(site, page, tmp_path):
    page.set_viewport_size({"width": WIDTH, "height": 900})
    for language in ("ar", "fr", "zh-hans"):
        _draw(site, page, language, tmp_path)


def _draw(site, page, language, tmp_path):
    page.goto(f"{site}/{language}/sessions/12/")
    page.evaluate("document.fonts.ready")
    fonts = _fonts_drawing(page, "h1")
    if language in FONTS:
        script = {f: n for f, n in fonts.items() if any(k in f for k in FONTS[language])}
        assert script, f"the {language} heading is drawn with {fonts}"
    height = min(HEIGHT, page.evaluate("document.documentElement.scrollHeight"))
    folder = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"session-12-{language}.png"
    page.screenshot(
        path=path, full_page=True, clip={"x": 0, "y": 0, "width": WIDTH, "height": height}
    )
    assert path.stat().st_size > 20_000
