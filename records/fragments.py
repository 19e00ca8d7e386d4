"""Rendered rows kept on the records version (issue 13).

The long pages are lists of rows: a session page is its decisions, a document page its
paragraphs (each with what cites it), the decisions list a table of decisions. A row looks the
same on every page that shows it, so it is rendered once per records version and language and
kept in the page cache (``cws/caching.py``'s store: per process, or Redis for several hosts).
A page for an address never seen before — another filter, another page number, a crawler's
extra parameter — then renders only what is around its rows.

Never stale: every change of a record bumps the records version (``records.version``), which
is part of each row's key, so after a change every row is rendered afresh once. A page reads its
kept rows with one cache lookup and reads and renders only the rows it did not find (one query
per relation, however many rows). The counts of a list's filter menus are kept the same way
(``kept``), keyed on the filters' values: the pages of a filtered list count once.
``DJANGO_ROW_CACHE=0`` switches the keeping off.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.template.loader import get_template
from django.utils.translation import get_language

from records.version import version_token

CACHE = "pages"


def rendered_rows(template_name, name, pks, fetch):
    """{pk: HTML} of the records ``pks``, each rendered by ``template_name`` with the record
    as ``name``. The rows not kept are read with ``fetch(missing pks)`` (the records with
    everything the template shows, in a fixed number of queries), rendered and kept."""
    pks = list(pks)
    keys = {}
    found = {}
    if settings.ROW_CACHE and pks:
        version, _ = version_token()
        prefix = f"row:{template_name}:{get_language()}:{version}:"
        keys = {pk: f"{prefix}{pk}" for pk in pks}
        kept = caches[CACHE].get_many(keys.values())
        found = {pk: kept[key] for pk, key in keys.items() if key in kept}
    missing = [pk for pk in pks if pk not in found]
    if missing:
        template = get_template(template_name)
        fresh = {
            record.pk: template.render({name: record})  # safe HTML, kept as such
            for record in fetch(missing)
        }
        if keys:
            caches[CACHE].set_many({keys[pk]: fresh[pk] for pk in fresh})
        found.update(fresh)
    return found


def kept(name, parts, compute):
    """``compute()``, kept per records version and language under ``name`` and ``parts`` (a
    repr-able description of everything else the value depends on)."""
    if not settings.ROW_CACHE:
        return compute()
    version, _ = version_token()
    digest = hashlib.sha256(repr(parts).encode("utf-8", "surrogateescape")).hexdigest()
    key = f"kept:{name}:{get_language()}:{version}:{digest}"
    value = caches[CACHE].get(key)
    if value is None:
        value = compute()
        caches[CACHE].set(key, value)
    return value
