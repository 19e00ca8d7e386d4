"""Caching of public pages that never serves stale data.

Anonymous GET/HEAD responses of public pages and of the API are cached per process, keyed on
the records version (``records.version``: every change of a record bumps it), the host the
request named and the full URL; a changed record therefore misses every old entry at once.
The URL includes the language prefix (``/fr/sessions/12/``), and a bare address is always
English (``cws.middleware.LanguageFromPath``), so each language has its own entries and ETags
and a page in one language is never served for another's address.

The host is part of the key because pages hold absolute addresses built from it (the API's
``url``, feeds, the calendar, the sitemap): a request naming another port of an allowed host
(``Host: 127.0.0.1:6666``) gets its own entry and can never poison the one other visitors get.
The host is validated (``ALLOWED_HOSTS``) before the cache is read, so a disallowed host gets a
400 and never a cached page. A shared cache (several hosts) keeps the same key.

Each response carries an ETag made of the version and the address, and Last-Modified from the
time of the last change; a browser revalidating gets a 304 without the page being rendered.
``X-Page-Cache`` says whether the page came from the cache (``hit``) or was rendered for this
request (``miss``).

Where the pages are kept is a setting (``DJANGO_CACHE_URL``): in each process, bounded by the
bytes it holds (``BoundedMemoryCache``), or in Redis, shared by every application host. The
version is read from the database (or the stamp file), so an edit made through any host is
seen at once by all of them.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, quote_etag

from cws.languages import unprefixed
from records.version import current_version

CACHE = "pages"
SKIP_PREFIXES = ("/admin/", "/static/", "/bench/")
# A request with one of these cookies may be a signed-in user's or carry a message for them.
PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


class PublicPageCache:
    """Middleware: cache anonymous public responses and answer revalidations with 304."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        host = request.get_host()  # DisallowedHost (a 400) before any cached page is served
        number, changed_at = current_version()
        # the time makes a version unique even if a rolled-back change reused its number
        version = f"{number}.{int(changed_at.timestamp() * 1_000_000)}"
        path = request.get_full_path()
        address = f"{request.scheme}://{host.lower()}{path}"
        digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()[:16]
        etag = quote_etag(f"{version}-{digest}")
        if etag in request.headers.get("If-None-Match", ""):
            return self.mark(HttpResponseNotModified(), etag, changed_at)
        cache = caches[CACHE]
        key = f"page:{version}:{request.method}:{digest}:{address}"[:240]
        response = cache.get(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
        else:
            response = self.get_response(request)
            response["X-Page-Cache"] = "miss"
            if (
                response.status_code in (200, 404)
                and not response.cookies
                and not getattr(response, "streaming", False)
            ):
                self.mark(response, etag, changed_at)
                if hasattr(response, "render") and callable(response.render):
                    response.render()
                response.content = response.content  # one chunk: one write per hit, not many
                cache.set(key, response)
        return response

    @staticmethod
    def cacheable_request(request):
        """Anonymous reads of public pages: no session (so no signed-in user), no messages."""
        if not settings.PAGE_CACHE:
            return False
        if request.method not in ("GET", "HEAD"):
            return False
        if unprefixed(request.path).startswith(SKIP_PREFIXES):  # /admin/ and /fr/admin/ alike
            return False
        return not any(name in request.COOKIES for name in PRIVATE_COOKIES)

    @staticmethod
    def mark(response, etag, changed_at):
        """What lets a browser revalidate: the ETag, the time of the change, no-cache."""
        response["ETag"] = etag
        response["Last-Modified"] = http_date(changed_at.timestamp())
        patch_cache_control(response, no_cache=True, public=True)
        return response


class BoundedMemoryCache(LocMemCache):
    """The per-process cache, bounded by the bytes of what it holds as well as by entries.

    Addresses are endless (every filter combination, every ignored parameter), so a count of
    entries alone lets a crawler fill a worker with copies of large pages. When a new page
    would take the total past ``OPTIONS["MAX_BYTES"]``, the least recently used pages go first;
    a page larger than the whole bound is not kept.
    """

    def __init__(self, name, params):
        super().__init__(name, params)
        self.max_bytes = int(params.get("OPTIONS", {}).get("MAX_BYTES", 16 * 1024 * 1024))
        self._sizes = _sizes.setdefault(name, {})

    def held_bytes(self):
        return sum(self._sizes.values())

    def _set(self, key, value, timeout):
        self._delete(key)
        if len(value) > self.max_bytes:
            return
        held = self.held_bytes()
        while self._cache and held + len(value) > self.max_bytes:
            oldest, _ = self._cache.popitem()  # the last entry is the least recently used
            self._expire_info.pop(oldest, None)
            held -= self._sizes.pop(oldest, 0)
        super()._set(key, value, timeout)
        self._sizes[key] = len(value)

    def _cull(self):
        super()._cull()
        for key in self._sizes.keys() - self._cache.keys():
            del self._sizes[key]

    def _delete(self, key):
        self._sizes.pop(key, None)
        return super()._delete(key)

    def clear(self):
        with self._lock:
            self._cache.clear()
            self._expire_info.clear()
            self._sizes.clear()


_sizes = {}  # per cache name, like LocMemCache's own stores
