"""Caching of public pages that never serves stale data.

- Every change to a record (a save, a delete, a change of links, a `load_records` run) bumps
  one counter in the database (``RecordsVersion``).
- Anonymous GET/HEAD responses of public pages and of the API are cached per process, keyed on
  that version and the full URL; a changed record therefore misses every old entry at once.
- Each response carries an ETag made of the version and the URL, and Last-Modified from the
  time of the last change; a browser revalidating gets a 304 without the page being rendered.

Reading the version costs one small query per request, unless ``PAGE_CACHE_STAMP`` names a
file (``DJANGO_PAGE_CACHE_STAMP``): then every change also replaces that file once its
transaction commits, and a process reads the version again only when the file has changed (one
small file read per request). All processes serving one database must then share that file, so the
stamp suits a single host; several hosts keep the default. Everything else a cached page costs
is a dictionary lookup.
"""

import hashlib
import logging
import os
import tempfile
import threading
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Now
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, quote_etag

CACHE = "pages"
SKIP_PREFIXES = ("/admin/", "/static/", "/bench/")
# A request with one of these cookies may be a signed-in user's or carry a message for them.
PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


logger = logging.getLogger(__name__)
# This process's last reading: (stamp file's token, version), or None to read again.
_last_read = None
_unusable_stamps = set()
# Set while one_bump() gathers the changes of a bulk load into a single bump.
_gathering = threading.local()


def read_version():
    from sessions.models import RecordsVersion

    row = RecordsVersion.objects.filter(pk=1).values_list("number", "changed_at").first()
    if row is None:
        row = RecordsVersion.objects.get_or_create(pk=1)[0]
        return row.number, row.changed_at
    return row


def current_version():
    """The records version: from the database, or remembered while the stamp is unchanged."""
    global _last_read
    path = settings.PAGE_CACHE_STAMP
    if not path:
        return read_version()
    try:
        stamp = read_stamp(path)
    except OSError:
        return read_version()  # no usable stamp: correct, one query dearer
    last = _last_read
    if last is not None and last[0] == stamp:
        return last[1]
    version = read_version()
    _last_read = (stamp, version)
    return version


def read_stamp(path):
    """The stamp's token: random, written once per file, so equal tokens mean the same file."""
    try:
        with open(path, "rb") as stamp:
            return stamp.read(100)
    except FileNotFoundError:
        replace_stamp()
        with open(path, "rb") as stamp:
            return stamp.read(100)


def forget_version():
    """Make this process read the version from the database on its next request."""
    global _last_read
    _last_read = None


def replace_stamp():
    """Replace the stamp file (a new random token) to tell every process to read again."""
    path = settings.PAGE_CACHE_STAMP
    if not path:
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".records-version.")
        with os.fdopen(handle, "w") as stamp:
            stamp.write(f"{os.getpid()} {os.urandom(8).hex()}\n")
        os.replace(temporary, path)
    except OSError as error:
        if path not in _unusable_stamps:  # said once per process, not on every request
            _unusable_stamps.add(path)
            logger.error("Page cache stamp %s unusable (%s): reading the row instead", path, error)


def bump_version(**kwargs):
    from sessions.models import RecordsVersion

    if kwargs.get("raw") or getattr(_gathering, "active", False):
        return  # rows being deserialized, or a bulk load: bumped once when it is done
    bumped = {"number": F("number") + 1, "changed_at": Now()}
    if not RecordsVersion.objects.filter(pk=1).update(**bumped):
        RecordsVersion.objects.get_or_create(pk=1)
        RecordsVersion.objects.filter(pk=1).update(**bumped)
    # this process reads again at once; the others when the stamp changes, after the commit
    forget_version()
    transaction.on_commit(replace_stamp)


@contextmanager
def one_bump():
    """The changes made inside bump the version once, at the end, if nothing failed.

    For loads of many records (``load_records``, a restore), which would otherwise bump, and
    replace the stamp, once per record. Use it inside the load's transaction.
    """
    if getattr(_gathering, "active", False):
        yield
        return
    _gathering.active = True
    try:
        yield
    finally:
        _gathering.active = False
    bump_version()


def connect_signals():
    """Bump the version on any change of a record model (history tables included)."""
    from sessions.models import record_models

    for model in record_models():
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
            return self.mark(HttpResponseNotModified(), etag, changed_at)
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
        if request.method not in ("GET", "HEAD") or request.path.startswith(SKIP_PREFIXES):
            return False
        return not any(name in request.COOKIES for name in PRIVATE_COOKIES)

    @staticmethod
    def mark(response, etag, changed_at):
        """What lets a browser revalidate: the ETag, the time of the change, no-cache."""
        response["ETag"] = etag
        response["Last-Modified"] = http_date(changed_at.timestamp())
        patch_cache_control(response, no_cache=True, public=True)
        return response
