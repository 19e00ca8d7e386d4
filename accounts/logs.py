"""Every log line names the time, the user and the client's address.

``RequestContext`` (the first middleware) remembers the request being served; the ``RequestFields``
filter, on every handler (``LOGGING`` in cws/settings.py), adds ``user`` and ``client`` to each
record: the signed-in user's name (``-`` when nobody is signed in or outside a request) and the
client's address as ``accounts.client`` reads it.
"""

import contextvars
import logging
import time

from accounts.client import client_address

_request = contextvars.ContextVar("cws_request", default=None)


class RequestContext:
    """Middleware: the request being served, for the log lines written while serving it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def _username(request):
    # the user the auth middleware already loaded: no query is made just to write a log line
    user = request.__dict__.get("_cached_user")
    return user.get_username() if getattr(user, "is_authenticated", False) else "-"


class RequestFields(logging.Filter):
    """Adds ``user`` and ``client`` to every record."""

    def filter(self, record):
        request = _request.get()
        if request is None:
            record.user, record.client = "-", "-"
            return True
        try:
            record.client = client_address(request)
            record.user = _username(request)
        except Exception:  # noqa: BLE001 - a log line is never lost for its context
            record.user, record.client = "?", "?"
        return True


class UTCFormatter(logging.Formatter):
    """Times in UTC, marked ``Z`` (``2026-11-28T07:31:09.775Z``): one clock for every host."""

    converter = time.gmtime
    default_time_format = "%Y-%m-%dT%H:%M:%S"
    default_msec_format = "%s.%03dZ"
