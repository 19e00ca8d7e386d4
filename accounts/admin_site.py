"""The admin site: staff get in with a password and a second factor, never a password alone.

The password step is the admin's own sign-in page (``login``), throttled (accounts/throttle.py).
A user who passed it is signed in but not verified: every admin page sends them to the second
step (``admin:verify``: a code from their authenticator app, a backup code or a passkey), or,
when they have no device yet, to enrolment (``admin:enrol``). ``has_permission`` requires the
second factor (django-otp's ``is_verified``).
"""

from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _


def is_verified(user):
    check = getattr(user, "is_verified", None)
    return bool(check and check())


def password_passed(user):
    """Signed in with a password, and allowed into the admin once the second factor is done."""
    return user.is_authenticated and user.is_active and user.is_staff


class StaffAdminSite(admin.AdminSite):
    site_header = _("CWS Records — secretariat")
    site_title = _("CWS Records admin")
    index_title = _("Records of the Committee on WIPO Standards")

    def has_permission(self, request):
        return super().has_permission(request) and is_verified(request.user)

    def login(self, request, extra_context=None):
        if password_passed(request.user) and not is_verified(request.user):
            target = request.GET.get(REDIRECT_FIELD_NAME) or reverse("admin:index")
            return HttpResponseRedirect(
                reverse("admin:verify") + "?" + urlencode({REDIRECT_FIELD_NAME: target})
            )
        if request.method == "GET" and self.has_permission(request):
            return HttpResponseRedirect(reverse("admin:index", current_app=self.name))
        from django.contrib.admin.forms import AdminAuthenticationForm

        from accounts.views import SignInView

        context = {
            **self.each_context(request),
            "title": _("Log in"),
            "subtitle": None,
            "app_path": request.get_full_path(),
            "username": request.user.get_username(),
        }
        if REDIRECT_FIELD_NAME not in request.GET and REDIRECT_FIELD_NAME not in request.POST:
            context[REDIRECT_FIELD_NAME] = reverse("admin:index", current_app=self.name)
        context.update(extra_context or {})
        request.current_app = self.name
        return SignInView.as_view(
            extra_context=context,
            authentication_form=AdminAuthenticationForm,
            template_name="admin/login.html",
        )(request)

    def get_urls(self):
        from accounts import views

        own = [
            path("verify/", views.verify, {"site": self}, name="verify"),
            path("enrol/", views.enrol, {"site": self}, name="enrol"),
            path("sign-out/", views.sign_out, name="sign_out"),
            path(
                "security/",
                self.admin_view(views.security),
                {"site": self},
                name="security",
            ),
            path(
                "security/backup-codes/",
                self.admin_view(views.backup_codes),
                {"site": self},
                name="backup_codes",
            ),
        ]
        return own + super().get_urls()
