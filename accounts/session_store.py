"""The session engine (``SESSION_ENGINE = "accounts.session_store"``): Django's database
sessions, in a table that also records whose session it is, from where, since when and when it
was last used (``accounts.StaffSession``), so that staff can list and end their sessions."""

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseStore
from django.utils.dateparse import parse_datetime

# What the sign-in stores in the session (accounts/signals.py, accounts/middleware.py).
ADDRESS = "accounts_address"
USER_AGENT = "accounts_user_agent"
SIGNED_IN_AT = "accounts_signed_in_at"
LAST_SEEN = "accounts_last_seen"


class SessionStore(DatabaseStore):
    @classmethod
    def get_model_class(cls):
        from accounts.models import StaffSession

        return StaffSession

    def create_model_instance(self, data):
        instance = super().create_model_instance(data)
        try:
            instance.user_id = int(data.get(SESSION_KEY))
        except (TypeError, ValueError):
            instance.user_id = None
        instance.address = data.get(ADDRESS) or None
        instance.user_agent = (data.get(USER_AGENT) or "")[:300]
        instance.signed_in_at = parse_datetime(data.get(SIGNED_IN_AT) or "")
        instance.last_seen = parse_datetime(data.get(LAST_SEEN) or "")
        return instance
