"""The client's address, taken only from the proxies this deployment trusts.

Behind ``TRUSTED_PROXIES`` proxies (``DJANGO_TRUSTED_PROXIES``; 1 with ``DJANGO_BEHIND_PROXY``),
each proxy appends the address it received the request from to ``X-Forwarded-For``; the
client's address is therefore the one the outermost trusted proxy appended, the n-th from the
right. Anything to its left was written by the client and is never believed. Without a trusted
proxy the address is the connection's (``REMOTE_ADDR``).
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The address the sign-in throttle, the session list and the logs use for ``request``."""
    cached = getattr(request, "_client_address", None)
    if cached is not None:
        return cached
    address = _valid(request.META.get("REMOTE_ADDR", "")) or "0.0.0.0"  # noqa: S104 - a value
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [hop for hop in hops if hop]
        # fewer hops than trusted proxies: the request did not come through them all
        if len(hops) >= proxies:
            address = _valid(hops[-proxies]) or address
    request._client_address = address
    return address


def _valid(text):
    try:
        return str(ipaddress.ip_address(text.strip("[]")))
    except ValueError:
        return ""
