"""The sign-in steps and the staff's own security page (all under /admin/, never cached).

- ``SignInView``: the password step (the admin's sign-in page), throttled.
- ``verify``: the second step, a code from the authenticator app, a backup code, or a passkey.
- ``enrol``: a staff user without a device adds an authenticator app (or a passkey) at their
  first sign-in, and gets their backup codes.
- ``security``: their devices and sessions; end the other sessions; new backup codes.
- ``sign_out``: ends the session on the server, at any step.
"""

import base64
import hashlib
import logging

import segno
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, logout
from django.contrib.auth.views import LoginView
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import throttle
from accounts.admin_site import is_verified, password_passed
from accounts.client import client_address
from accounts.models import SignInFailure, StaffSession

logger = logging.getLogger("accounts.security")
BACKUP_CODES = 10


def lockout(request):
    return render(request, "lockout.html", status=429)


class SignInView(LoginView):
    """The password step: refused while a throttle limit holds; then on to the second step."""

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        limit = throttle.refusal(username, client_address(request))
        if limit:
            logger.warning(
                "Sign-in refused for %r from %s: locked out (limit per %s)",
                throttle.normal(username),
                client_address(request),
                limit,
            )
            return lockout(request)
        return super().post(request, *args, **kwargs)

    def get_success_url(self):
        return (
            reverse("admin:verify") + "?" + urlencode({REDIRECT_FIELD_NAME: next_url(self.request)})
        )


def next_url(request):
    """Where to go once signed in: a safe ``next``, or the admin index."""
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME) or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def to_sign_in(request):
    return HttpResponseRedirect(
        reverse("admin:login") + "?" + urlencode({REDIRECT_FIELD_NAME: next_url(request)})
    )


def page(request, site, template, context, status=200):
    return TemplateResponse(
        request,
        template,
        {**site.each_context(request), "next": next_url(request), **context},
        status=status,
    )


def completed(request, user, device, how):
    """The second factor passed: mark the session verified, under a new session key."""
    otp_login(request, device)
    request.session.cycle_key()
    throttle.record_success(user, client_address(request))
    logger.info("%s completed sign-in with %s", user.get_username(), how)


def code_device(user, code):
    """Check ``code`` against the user's devices: 6 digits are an app code, else a backup code.
    Returns (device or None, seconds to wait if the device is throttled)."""
    devices = (
        TOTPDevice.objects.devices_for_user(user, confirmed=True)
        if code.isdigit() and len(code) == 6
        else StaticDevice.objects.devices_for_user(user, confirmed=True)
    )
    wait = None
    with transaction.atomic():
        for device in devices.select_for_update():
            allowed, data = device.verify_is_allowed()
            if not allowed:
                locked_until = (data or {}).get("locked_until")
                if locked_until:
                    wait = max(1, int((locked_until - timezone.now()).total_seconds()) + 1)
                continue
            if device.verify_token(code):
                return device, None
    return None, wait


@never_cache
@csrf_protect
def verify(request, site):
    """The second step: a code (authenticator app or backup code), or a passkey."""
    user = request.user
    if not password_passed(user):
        return to_sign_in(request)
    if is_verified(user):
        return HttpResponseRedirect(next_url(request))
    has_app = TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()
    has_passkey = user_passkeys(user).exists()
    if not (has_app or has_passkey):
        return HttpResponseRedirect(
            reverse("admin:enrol") + "?" + urlencode({REDIRECT_FIELD_NAME: next_url(request)})
        )
    from accounts.forms import CodeForm

    form, status = CodeForm(request.POST or None), 200
    if request.method == "POST":
        address = client_address(request)
        limit = throttle.refusal(user.get_username(), address)
        if limit:
            logger.warning(
                "Second factor refused for %s from %s: locked out (limit per %s)",
                user.get_username(),
                address,
                limit,
            )
            return lockout(request)
        if form.is_valid():
            device, wait = code_device(user, form.cleaned_data["code"])
            if device is not None:
                how = "a backup code" if isinstance(device, StaticDevice) else "an app code"
                completed(request, user, device, how)
                if isinstance(device, StaticDevice):
                    left = device.token_set.count()
                    messages.warning(
                        request,
                        _("You used a backup code; %(count)s are left.") % {"count": left},
                    )
                return HttpResponseRedirect(next_url(request))
            throttle.record_failure(
                user.get_username(), address, kind=SignInFailure.Kind.SECOND_FACTOR
            )
            logger.warning("Wrong second-factor code for %s from %s", user.get_username(), address)
            if wait:
                form.add_error(
                    "code",
                    _("Too many wrong codes. Wait %(seconds)s seconds, then try again.")
                    % {"seconds": wait},
                )
            else:
                form.add_error(
                    "code", _("That code is not right, or it was already used. Try again.")
                )
            status = 400
    return page(
        request,
        site,
        "registration/verify.html",
        {"title": _("Second step"), "form": form, "has_app": has_app, "has_passkey": has_passkey},
        status,
    )


def user_passkeys(user):
    from django_otp_webauthn.models import WebAuthnCredential

    return WebAuthnCredential.objects.filter(user=user, confirmed=True)


def secret_text(device):
    """The key in the form apps accept when typed in: base32, in groups of four."""
    text = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def new_backup_codes(user):
    """A fresh set of backup codes (the old ones stop working); shown once."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="Backup codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    logger.info("New backup codes made for %s", user.get_username())
    return codes


@never_cache
@csrf_protect
def enrol(request, site):
    """Add an authenticator app: at the first sign-in, or later from the security page."""
    user = request.user
    if not password_passed(user):
        return to_sign_in(request)
    first = not is_verified(user)
    if first and (
        TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()
        or user_passkeys(user).exists()
    ):
        # a device exists: it must be used first; nobody adds a device with a password alone
        return HttpResponseRedirect(
            reverse("admin:verify") + "?" + urlencode({REDIRECT_FIELD_NAME: next_url(request)})
        )
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by(
        "pk"
    ).first() or TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    from accounts.forms import EnrolForm

    form, status = EnrolForm(request.POST or None), 200
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            logger.info("%s added an authenticator app", user.get_username())
            if first:
                completed(request, user, device, "a newly added authenticator app")
            codes = None
            if first or not StaticDevice.objects.filter(user=user).exists():
                codes = new_backup_codes(user)
            return page(
                request,
                site,
                "registration/backup_codes.html",
                {"title": _("Your backup codes"), "codes": codes, "added": True},
            )
        throttle.record_failure(
            user.get_username(), client_address(request), kind=SignInFailure.Kind.SECOND_FACTOR
        )
        logger.warning("Wrong code while %s added an authenticator app", user.get_username())
        form.add_error("code", _("That code is not right. Check the app and try again."))
        status = 400
    qr = segno.make(device.config_url, error="m")
    return page(
        request,
        site,
        "registration/enrol.html",
        {
            "title": _("Set up your second factor"),
            "form": form,
            "first": first,
            "qr_svg": qr.svg_inline(scale=4, dark="#000", light="#fff", title=_("QR code")),
            "secret": secret_text(device),
        },
        status,
    )


def session_id(session_key):
    """What a page shows for a session: a digest, never the key itself."""
    return hashlib.sha256(session_key.encode()).hexdigest()[:16]


def security(request, site):
    """The signed-in user's devices and sessions."""
    user = request.user
    if request.method == "POST":
        return end_sessions(request)
    now = timezone.now()
    sessions = StaffSession.objects.filter(user=user, expire_date__gt=now).order_by(
        "-last_seen", "-signed_in_at"
    )
    rows = [
        {
            "id": session_id(s.session_key),
            "current": s.session_key == request.session.session_key,
            "address": s.address,
            "user_agent": s.user_agent,
            "signed_in_at": s.signed_in_at,
            "last_seen": s.last_seen,
        }
        for s in sessions
    ]
    static = StaticDevice.objects.filter(user=user).first()
    return page(
        request,
        site,
        "registration/security.html",
        {
            "title": _("Sign-in and sessions"),
            "sessions": rows,
            "apps": TOTPDevice.objects.devices_for_user(user, confirmed=True),
            "passkeys": user_passkeys(user),
            "backup_codes_left": static.token_set.count() if static else 0,
        },
    )


@require_POST
def end_sessions(request):
    user, current = request.user, request.session.session_key
    others = StaffSession.objects.filter(user=user).exclude(session_key=current)
    which = request.POST.get("session", "")
    if which != "all":
        others = [s for s in others if session_id(s.session_key) == which]
    ended = 0
    for session in others:
        session.delete()
        ended += 1
    logger.info("%s ended %s other session(s)", user.get_username(), ended)
    messages.success(request, _("%(count)s session(s) ended.") % {"count": ended})
    return HttpResponseRedirect(reverse("admin:security"))


def backup_codes(request, site):
    """Make a new set of backup codes (POST), shown once."""
    if request.method != "POST":
        return HttpResponseRedirect(reverse("admin:security"))
    return page(
        request,
        site,
        "registration/backup_codes.html",
        {"title": _("Your backup codes"), "codes": new_backup_codes(request.user)},
    )


@never_cache
@require_POST
@csrf_protect
def sign_out(request):
    """Sign out at any step: the session is deleted on the server."""
    logout(request)
    return HttpResponseRedirect(reverse("admin:login"))
