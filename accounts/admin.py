"""In the admin, for superusers: failed sign-ins (lockouts are cleared by deleting them), staff
sessions (ended by deleting them), and a user action that resets a user's second factor."""

import logging

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import KnownAddress, SignInFailure, StaffSession

logger = logging.getLogger("accounts.security")
User = get_user_model()


class ReadOnly(admin.ModelAdmin):
    """Written by the sign-in, never by hand: list, view and delete only."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SignInFailure)
class SignInFailureAdmin(ReadOnly):
    list_display = ["username", "address", "kind", "at"]
    list_filter = ["kind"]
    search_fields = ["username", "address"]
    date_hierarchy = "at"


@admin.register(StaffSession)
class StaffSessionAdmin(ReadOnly):
    list_display = ["user", "address", "signed_in_at", "last_seen", "expire_date"]
    list_select_related = ["user"]
    search_fields = ["user__username", "address"]
    fields = ["user", "address", "user_agent", "signed_in_at", "last_seen", "expire_date"]


@admin.register(KnownAddress)
class KnownAddressAdmin(ReadOnly):
    list_display = ["user", "address", "last_used"]
    list_select_related = ["user"]
    search_fields = ["user__username", "address"]


def reset_second_factor(users):
    """Remove every device of ``users`` and end their sessions: they enrol at next sign-in."""
    from django_otp_webauthn.models import WebAuthnCredential

    for model in (TOTPDevice, StaticDevice, WebAuthnCredential):
        model.objects.filter(user__in=users).delete()
    StaffSession.objects.filter(user__in=users).delete()


class StaffUserAdmin(UserAdmin):
    actions = ["reset_second_factor"]

    @admin.action(
        description=_("Reset the second factor (remove devices, end sessions)"),
        permissions=["change"],
    )
    def reset_second_factor(self, request, queryset):
        users = list(queryset)
        reset_second_factor(users)
        for user in users:
            logger.warning("Second factor of %s reset by %s", user, request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d user will set up a second factor at their next sign-in.",
                "%(count)d users will set up a second factor at their next sign-in.",
                len(users),
            )
            % {"count": len(users)},
            messages.SUCCESS,
        )


admin.site.unregister(User)
admin.site.register(User, StaffUserAdmin)
