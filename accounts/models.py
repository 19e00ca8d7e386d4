"""Staff sessions that can be listed and ended, and the failed sign-ins that throttle guessing."""

from django.conf import settings
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffSession(AbstractBaseSession):
    """A session, with who it belongs to, from where and since when, so that a user can see
    their sessions and end the others (Django's own session table knows none of this)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="staff_sessions",
    )
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True, default="")
    signed_in_at = models.DateTimeField(_("signed in"), null=True, blank=True)
    last_seen = models.DateTimeField(_("last seen"), null=True, blank=True)

    class Meta:
        verbose_name = _("staff session")
        verbose_name_plural = _("staff sessions")

    @classmethod
    def get_session_store_class(cls):
        from accounts.session_store import SessionStore

        return SessionStore


class SignInFailure(models.Model):
    """One failed sign-in: a wrong password (or second factor) for a name from an address."""

    class Kind(models.TextChoices):
        PASSWORD = "password", _("password")
        SECOND_FACTOR = "second_factor", _("second factor")

    username = models.CharField(_("username"), max_length=150)
    address = models.GenericIPAddressField(_("address"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.PASSWORD)
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("failed sign-in")
        verbose_name_plural = _("failed sign-ins")
        ordering = ["-at"]
        indexes = [
            models.Index(fields=["username", "at"], name="signin_failure_user"),
            models.Index(fields=["address", "at"], name="signin_failure_address"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["password", "second_factor"]),
                name="signin_failure_kind_valid",
            )
        ]

    def __str__(self):
        return f"{self.username} from {self.address} at {self.at:%Y-%m-%d %H:%M:%S}"


class KnownAddress(models.Model):
    """An address a user completed a sign-in from (password and second factor): an attack on
    their account from elsewhere does not lock them out from here."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="known_addresses"
    )
    address = models.GenericIPAddressField(_("address"))
    last_used = models.DateTimeField(_("last used"), auto_now=True)

    class Meta:
        verbose_name = _("known address")
        verbose_name_plural = _("known addresses")
        constraints = [
            models.UniqueConstraint(fields=["user", "address"], name="known_address_unique")
        ]

    def __str__(self):
        return f"{self.user} from {self.address}"
