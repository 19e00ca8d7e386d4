"""No page repeats itself (issue 10, ¶10): on every page of the sitemap, no id is given twice
(an anchor names one thing) and no list gives the same link with the same words twice."""

import re
from collections import Counter

import pytest

from tests.sitemaps import sitemap_pages

pytestmark = pytest.mark.django_db

# a link followed, after a separator, by the same link with the same words
REPEATED_LINK = re.compile(r'(<a href="([^"]+)">([^<]*)</a>)[\s,;·]*<a href="\2">\3</a>')


def test_no_page_gives_an_id_or_a_link_twice(get):
    pages = sitemap_pages(get)  # in English: ids and links do not depend on the language
    assert len(pages) > 100
    for url in pages:
        if url.startswith("/api/"):
            continue
        html = get(url).text
        ids = Counter(re.findall(r'\sid="([^"]+)"', html))
        assert not [i for i, n in ids.items() if n > 1], (url, [i for i, n in ids.items() if n > 1])
        repeated = REPEATED_LINK.search(html)
        assert repeated is None, (url, repeated and repeated.group(0))
