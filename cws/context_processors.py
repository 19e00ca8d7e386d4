"""What every public page's <head> needs to keep crawlers on the canonical pages.

Filter, sort and page combinations are endless: a page reached with a query string names its
address without one as canonical and asks not to be indexed (its links are still followed);
``robots.txt`` keeps crawlers away from query strings and points them to the sitemap, which
lists every canonical page.

Each page names its versions in the other interface languages (``hreflang`` alternates, and
the language switch's links): ``languages``.
"""

from cws.languages import alternates, unprefixed


def canonical(request):
    return {
        "canonical_url": request.build_absolute_uri(request.path),
        "noindex": bool(request.GET),
    }


def languages(request):
    """The page in each language (the first, English at the bare address, is x-default) and
    its address without the language prefix (which section of the site it is in)."""
    return {"languages": alternates(request), "page_path": unprefixed(request.path_info)}
