"""What every public page's <head> needs to keep crawlers on the canonical pages.

Filter, sort and page combinations are endless: a page reached with a query string names its
address without one as canonical and asks not to be indexed (its links are still followed);
``robots.txt`` keeps crawlers away from query strings and points them to the sitemap, which
lists every canonical page.
"""


def canonical(request):
    return {
        "canonical_url": request.build_absolute_uri(request.path),
        "noindex": bool(request.GET),
    }
