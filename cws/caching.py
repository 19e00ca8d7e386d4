"""Caching of public pages that never serves stale data.

- Every change to a record (a save, a delete, a change of links, a `load_records` run) bumps
  one counter in the database (``RecordsVersion``).
- Anonymous GET/HEAD responses of public pages and of the API are cached per process, keyed on
  that version and the full URL; a changed record therefore misses every old entry at once.
- Each response carries an ETag made of the version and the URL, and Last-Modified from the
  time of the last change; a browser revalidating gets a 304 without the page being rendered.

Reading the version costs one small query per request; everything else a cached page costs is a
dictionary lookup.
"""

import hashlib

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db.models import F
from django.db.models.functions import Now
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, quote_etag

CACHE = "pages"
RECORD_APPS = ("cws_sessions", "standards", "tasks", "assistance")
SKIP_PREFIXES = ("/admin/", "/static/", "/bench/")


def current_version():
    from sessions.models import RecordsVersion

    row = RecordsVersion.objects.filter(pk=1).values_list("number", "changed_at").first()
    if row is None:
        row = RecordsVersion.objects.get_or_create(pk=1)[0]
        return row.number, row.changed_at
    return row


def bump_version(**kwargs):
    from sessions.models import RecordsVersion

    if kwargs.get("raw"):
        return  # fixtures being loaded: load_records bumps once when it is done
    bumped = {"number": F("number") + 1, "changed_at": Now()}
    if not RecordsVersion.objects.filter(pk=1).update(**bumped):
        RecordsVersion.objects.get_or_create(pk=1)
        RecordsVersion.objects.filter(pk=1).update(**bumped)


def connect_signals():
    """Bump the version on any change of a record model (history tables included)."""
    for label in RECORD_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model._meta.model_name == "recordsversion":
                continue
            post_save.connect(bump_version, sender=model, weak=False)
            post_delete.connect(bump_version, sender=model, weak=False)
            m2m_changed.connect(bump_version, sender=model, weak=False)


class PublicPageCache:
    """Middleware: cache anonymous public responses and answer revalidations with 304."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        number, changed_at = current_version()
        # the time makes a version unique even if a rolled-back change reused its number
        version = f"{number}.{int(changed_at.timestamp() * 1_000_000)}"
        path = request.get_full_path()
        digest = hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()[:16]
        etag = quote_etag(f"{version}-{digest}")
        if etag in request.headers.get("If-None-Match", ""):
            response = self.not_modified(etag, changed_at)
            return response
        cache = caches[CACHE]
        key = f"page:{version}:{request.method}:{digest}:{path}"[:240]
        response = cache.get(key)
        if response is None:
            response = self.get_response(request)
            if (
                response.status_code in (200, 404)
                and not response.cookies
                and not getattr(response, "streaming", False)
            ):
                response["ETag"] = etag
                response["Last-Modified"] = http_date(changed_at.timestamp())
                patch_cache_control(response, no_cache=True, public=True)
                if hasattr(response, "render") and callable(response.render):
                    response.render()
                cache.set(key, response)
        return response

    @staticmethod
    def cacheable_request(request):
        if not settings.PAGE_CACHE:
            return False
        if request.method not in ("GET", "HEAD") or request.path.startswith(SKIP_PREFIXES):
            return False
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)

    @staticmethod
    def not_modified(etag, changed_at):
        from django.http import HttpResponseNotModified

        response = HttpResponseNotModified()
        response["ETag"] = etag
        response["Last-Modified"] = http_date(changed_at.timestamp())
        patch_cache_control(response, no_cache=True, public=True)
        return response
