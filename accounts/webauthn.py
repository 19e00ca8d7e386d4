"""Passkeys (django-otp-webauthn) as a second factor, the way this site needs them:

- the relying party is the host the request named (validated by ALLOWED_HOSTS), and the only
  origin accepted is that host's own, so a passkey made for this site answers only here;
- no passwordless sign-in (``OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False``): a passkey is the
  second step after the password;
- a passkey that completes a sign-in does what a code does (accounts.views.completed): a new
  session key, the address remembered, a log line.
"""

import logging

from django.urls import path
from django.views.i18n import JavaScriptCatalog
from django_otp_webauthn import views
from django_otp_webauthn.helpers import WebAuthnHelper

from accounts import throttle
from accounts.client import client_address

logger = logging.getLogger("accounts.security")


def relying_party_id(request):
    return request.get_host().rsplit(":", 1)[0].strip("[]") if request else ""


def relying_party_name(request):
    return "CWS Records"


class Helper(WebAuthnHelper):
    def get_allowed_origins(self):
        return [f"{self.request.scheme}://{self.request.get_host()}"]


class CompleteRegistration(views.CompleteCredentialRegistrationView):
    def post(self, *args, **kwargs):
        first = not self.request.user.is_verified()
        response = super().post(*args, **kwargs)
        user = self.request.user
        logger.info("%s added a passkey", user.get_username())
        if first and response.status_code == 200:
            self.request.session.cycle_key()
            throttle.record_success(user, client_address(self.request))
            logger.info("%s completed sign-in with a newly added passkey", user.get_username())
        return response


class CompleteAuthentication(views.CompleteCredentialAuthenticationView):
    def complete_auth(self, device):
        super().complete_auth(device)
        self.request.session.cycle_key()
        throttle.record_success(device.user, client_address(self.request))
        logger.info("%s completed sign-in with a passkey", device.user.get_username())

    def get_success_url(self):
        from django.urls import reverse

        return self.get_redirect_url() or reverse("admin:index")


app_name = "otp_webauthn"
urlpatterns = [
    path(
        "registration/begin/",
        views.BeginCredentialRegistrationView.as_view(),
        name="credential-registration-begin",
    ),
    path(
        "registration/complete/",
        CompleteRegistration.as_view(),
        name="credential-registration-complete",
    ),
    path(
        "authentication/begin/",
        views.BeginCredentialAuthenticationView.as_view(),
        name="credential-authentication-begin",
    ),
    path(
        "authentication/complete/",
        CompleteAuthentication.as_view(),
        name="credential-authentication-complete",
    ),
    path(
        "jsi18n/",
        JavaScriptCatalog.as_view(packages=["django_otp_webauthn"]),
        name="js-i18n-catalog",
    ),
]
