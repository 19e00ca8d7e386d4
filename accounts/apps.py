from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Staff sign-in: the second factor, throttling, sessions that end, password rules, and the
    client address and user on every log line."""

    default = True
    name = "accounts"
    verbose_name = _("Sign-in and sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import signals  # noqa: F401 - connects the sign-in receivers


class StaffAdminConfig(admin_apps.AdminConfig):
    """The admin, as a site that lets in only staff who passed the second factor."""

    default = False
    default_site = "accounts.admin_site.StaffAdminSite"
