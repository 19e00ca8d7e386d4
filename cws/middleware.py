"""Requests no page can answer, refused before anything else sees them.

- TRACE (and its relatives TRACK and CONNECT) echo or tunnel a request: 405 everywhere.
- A NUL character cannot be part of any identifier, and PostgreSQL refuses it in text (a query
  with one raised a server error): in the path it is a 404 (no such page), in the query string
  a 400 that says why, whatever view, admin filter or autocomplete would have read it.

And the interface language, from the address alone (``LanguageFromPath``).
"""

from django.http import Http404, HttpResponseBadRequest, HttpResponseNotAllowed, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import cc_delim_re

REFUSED_METHODS = {"TRACE", "TRACK", "CONNECT"}
ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"]
NUL_IN_QUERY = "Bad request: the query string contains a NUL character (%00)."


class RejectMalformedRequests:
    """Middleware: 405 for TRACE, 404 for a NUL in the path, 400 for a NUL in the query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in REFUSED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        api = request.path.startswith("/api/")
        if "\x00" in request.path:
            if api:
                return JsonResponse({"detail": "Not found."}, status=404)
            raise Http404("No page has a NUL character in its address.")
        if any(
            "\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists()
        ):
            if api:
                return JsonResponse({"detail": NUL_IN_QUERY}, status=400)
            return HttpResponseBadRequest(NUL_IN_QUERY, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class LanguageFromPath(LocaleMiddleware):
    """Django's LocaleMiddleware: the interface language is the address's prefix (``/fr/``),
    English without one (``i18n_patterns(prefix_default_language=False)`` in cws/urls.py), never
    the browser's Accept-Language or a cookie. A page therefore depends on its address alone;
    Django still sends ``Vary: Accept-Language`` for an address without a prefix, which would
    only make shared caches keep a copy per browser language: it is taken out here."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if response.has_header("Vary"):
            kept = [
                header
                for header in cc_delim_re.split(response["Vary"])
                if header and header.lower() != "accept-language"
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response
