"""The records version: one counter that every change of a record bumps.

- Every change to a record (a save, a delete, a change of links, a ``load_records`` run, a
  restore) bumps one row in the database (``RecordsVersion``); the public page cache
  (``cws/caching.py``) keys pages and ETags on it, so a change misses every old page at once.
- Reading the version costs one small query, unless ``PAGE_CACHE_STAMP`` names a file
  (``DJANGO_PAGE_CACHE_STAMP``): then every change also replaces that file once its transaction
  commits, and a process reads the version again only when the file has changed. All processes
  serving one database must then share that file, so the stamp suits a single host.
"""

import logging
import os
import tempfile
import threading
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Now
from django.db.models.signals import m2m_changed, post_delete, post_save

from records.models import RecordsVersion
from records.registry import record_models

logger = logging.getLogger(__name__)
# This process's last reading: (stamp file's token, version), or None to read again.
_last_read = None
_unusable_stamps = set()
# Set while one_bump() gathers the changes of a bulk load into a single bump.
_gathering = threading.local()


def read_version():
    """(number, changed_at) of the records version, from the database."""
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


def version_token():
    """The records version as a key: its number and the time of the change, which keeps it
    unique even if a rolled-back change reused the number."""
    number, changed_at = current_version()
    return f"{number}.{int(changed_at.timestamp() * 1_000_000)}", changed_at


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
    """Count one change of the records (a signal receiver, or called after a bulk write)."""
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
    for model in record_models():
        post_save.connect(bump_version, sender=model, weak=False)
        post_delete.connect(bump_version, sender=model, weak=False)
        m2m_changed.connect(bump_version, sender=model, weak=False)
