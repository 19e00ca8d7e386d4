"""Sign-in throttling that an attacker cannot turn against staff.

Three limits over a sliding window (``SIGN_IN_WINDOW_MINUTES``, 15), on failed sign-ins
(wrong password, or wrong second-factor code):

- one name from one address (``SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS``, 5): locks that pair only,
  so failures from elsewhere never lock a user out from their own address;
- one address, any names (``SIGN_IN_LIMIT_PER_ADDRESS``, 20): stops spraying guesses across
  accounts from one address;
- one name, any address (``SIGN_IN_LIMIT_PER_NAME``, 20): stops a distributed attack on one
  account, except from the addresses that account completed a sign-in from before (its known
  addresses), so that the attack does not lock the user out where they work.

The address is the client's as ``accounts.client`` reads it (only trusted proxy hops), so a
spoofed ``X-Forwarded-For`` neither spreads an attacker over many addresses nor charges their
failures to someone else's. Lockouts are listed, and can be cleared, in the admin (superusers).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from accounts.models import KnownAddress, SignInFailure

logger = logging.getLogger("accounts.security")

NAME_AND_ADDRESS, ADDRESS, NAME = "name and address", "address", "name"


def _recent():
    since = timezone.now() - timedelta(minutes=settings.SIGN_IN_WINDOW_MINUTES)
    return SignInFailure.objects.filter(at__gte=since)


def normal(username):
    return (username or "").strip()[:150]


def refusal(username, address):
    """Which limit refuses a sign-in by ``username`` from ``address`` now, or None."""
    username = normal(username)
    recent = _recent()
    if (
        username
        and recent.filter(username__iexact=username, address=address).count()
        >= settings.SIGN_IN_LIMIT_PER_NAME_AND_ADDRESS
    ):
        return NAME_AND_ADDRESS
    if recent.filter(address=address).count() >= settings.SIGN_IN_LIMIT_PER_ADDRESS:
        return ADDRESS
    if (
        username
        and recent.filter(username__iexact=username).count() >= settings.SIGN_IN_LIMIT_PER_NAME
        and not KnownAddress.objects.filter(
            user__username__iexact=username, address=address
        ).exists()
    ):
        return NAME
    return None


def record_failure(username, address, kind=SignInFailure.Kind.PASSWORD):
    username = normal(username)
    SignInFailure.objects.create(username=username, address=address, kind=kind)
    limit = refusal(username, address)
    if limit:
        logger.warning(
            "Sign-in lockout for %r from %s: the limit per %s is reached", username, address, limit
        )


def record_success(user, address):
    """A completed sign-in: the pair's failures are forgotten, the address becomes known."""
    SignInFailure.objects.filter(username__iexact=user.get_username(), address=address).delete()
    KnownAddress.objects.update_or_create(user=user, address=address)
