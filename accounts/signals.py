"""What a sign-in, a failed sign-in and a sign-out record: the session's owner, address and
times (for the session list and the timeouts), the throttle's counts, and a log line each."""

import logging

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.utils import timezone

from accounts import throttle
from accounts.client import client_address
from accounts.session_store import ADDRESS, LAST_SEEN, SIGNED_IN_AT, USER_AGENT

logger = logging.getLogger("accounts.security")


@receiver(user_logged_in)
def remember_sign_in(sender, request, user, **kwargs):
    now = timezone.now().isoformat()
    request.session[SIGNED_IN_AT] = now
    request.session[LAST_SEEN] = now
    request.session[ADDRESS] = client_address(request)
    request.session[USER_AGENT] = request.headers.get("User-Agent", "")[:300]
    logger.info("Password accepted for %s", user.get_username())


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    username = credentials.get("username", "")
    if request is None:
        return
    address = client_address(request)
    logger.warning("Failed sign-in for %r from %s: wrong name or password", username, address)
    throttle.record_failure(username, address)


@receiver(user_logged_out)
def log_sign_out(sender, request, user, **kwargs):
    if user is not None:
        logger.info("%s signed out", user.get_username())
