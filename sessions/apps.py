from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SessionsConfig(AppConfig):
    """The CWS sessions and their papers.

    The package is named ``sessions`` but its label is ``cws_sessions``: the plain label would
    collide with ``django.contrib.sessions``. Refer to its models as ``"cws_sessions.Session"``.
    """

    name = "sessions"
    label = "cws_sessions"
    verbose_name = _("Sessions, documents and decisions")
    default_auto_field = "django.db.models.BigAutoField"
    holds_records = True
