"""Record addresses, reversed once: a long page links hundreds of records (a session page
about 600 links), and Django's ``reverse`` costs tens of microseconds each time.

``record_url(name, *args)`` gives what ``reverse(name, args=args)`` gives, remembered for the
same URLconf, script prefix and language (the address of a page depends on all three); the
memory is bounded and is emptied whenever Django empties its own URL caches.
"""

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language


@lru_cache(maxsize=20_000)
def _reversed(urlconf, prefix, language, name, args):
    return reverse(name, urlconf=urlconf, args=args)


def record_url(name, *args):
    """The address of the record page ``name`` for ``args`` (hashable: numbers, strings)."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _reversed(urlconf, get_script_prefix(), get_language(), name, args)


def forget(**kwargs):
    _reversed.cache_clear()


setting_changed.connect(forget)
