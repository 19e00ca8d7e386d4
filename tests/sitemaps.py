"""The sitemap as a crawler reads it: the index at /sitemap.xml, then each sitemap it names."""

import re
from html import unescape


def sitemap_text(get):
    """The text of every sitemap the index names, one after the other."""
    index = get("/sitemap.xml").text
    sections = [unescape(url) for url in re.findall(r"<loc>(.*?)</loc>", index)]
    assert sections, index
    return "\n".join(get(url.removeprefix("http://testserver")).text for url in sections)


def sitemap_pages(get, language="en"):
    """The addresses the sitemaps list, in one language (English: the bare addresses)."""
    prefixes = ("/fr/", "/es/", "/ru/", "/ar/", "/zh-hans/")
    pages = [
        unescape(url).removeprefix("http://testserver")
        for url in re.findall(r"<loc>(.*?)</loc>", sitemap_text(get))
    ]
    if language == "en":
        return [page for page in pages if not page.startswith(prefixes)]
    return [page for page in pages if page.startswith(f"/{language}/")]
