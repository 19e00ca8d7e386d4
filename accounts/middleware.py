"""Sessions that end: after ``SESSION_IDLE_MINUTES`` without a request, and in any case
``SESSION_MAX_HOURS`` after the sign-in, whatever the activity. Both are checked on the server
at every request of a signed-in user; an ended session is removed from the database (as at
sign-out), the user is anonymous from that request on, and the admin asks them to sign in."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from accounts.session_store import LAST_SEEN, SIGNED_IN_AT

logger = logging.getLogger("accounts.security")
# A request refreshes the stored "last seen" time when it is older than this (fewer writes).
REFRESH = timedelta(seconds=10)


class SessionTimeouts:
    """Middleware (after authentication): end idle and over-long sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            self.check(request)
        return self.get_response(request)

    @staticmethod
    def check(request):
        session, now = request.session, timezone.now()
        signed_in = parse_datetime(session.get(SIGNED_IN_AT) or "")
        last_seen = parse_datetime(session.get(LAST_SEEN) or "") or signed_in
        idle = timedelta(minutes=settings.SESSION_IDLE_MINUTES)
        longest = timedelta(hours=settings.SESSION_MAX_HOURS)
        reason = None
        if signed_in is None:
            reason = _("Your session has ended. Please sign in again.")
        elif now - signed_in > longest:
            reason = _(
                "Your session has ended: sessions last at most %(hours)s hours. "
                "Please sign in again."
            ) % {"hours": settings.SESSION_MAX_HOURS}
        elif now - last_seen > idle:
            reason = _(
                "Your session has ended after %(minutes)s minutes without activity. "
                "Please sign in again."
            ) % {"minutes": settings.SESSION_IDLE_MINUTES}
        if reason:
            logger.info("Session of %s ended: %s", request.user.get_username(), reason)
            logout(request)
            messages.info(request, reason)
        elif now - last_seen > REFRESH:
            session[LAST_SEEN] = now.isoformat()
