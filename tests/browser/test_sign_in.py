"""Staff sign-in in a real browser (issue 12, item 1): a password alone does not reach the
admin; the code of an authenticator app does; a passkey, added at the first sign-in with
Chromium's virtual authenticator (DevTools protocol, WebAuthn domain), signs in the next time."""

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)
INDEX = "Records of the Committee on WIPO Standards"


def password_step(page, site, user):
    page.goto(site + "/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(user.get_username())
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Log in").click()


def test_a_password_alone_does_not_reach_the_admin_and_a_code_does(site, page, sign_in):
    from tests.signin import device

    user = factories.user("editor")
    device(user)
    password_step(page, site, user)
    expect(page.get_by_role("heading", name="Second step")).to_be_visible()
    page.goto(site + "/admin/")
    expect(page.get_by_role("heading", name="Second step")).to_be_visible()
    expect(page.get_by_role("heading", name=INDEX)).to_have_count(0)
    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_role("alert")).to_contain_text("not right")
    page.get_by_role("button", name="Sign out").click()
    sign_in(user=user)  # the helper every browser test uses: password, then the app's code
    expect(page.get_by_role("heading", name=INDEX)).to_be_visible()


def test_a_passkey_added_at_first_sign_in_signs_in_the_next_time(site, page):
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    user = factories.user("editor")  # no device yet: enrols at the first sign-in
    password_step(page, site, user)
    expect(page.get_by_role("heading", name="Set up your second factor")).to_be_visible()
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.get_by_role("heading", name="Your backup codes")).to_be_visible(timeout=20000)
    expect(page.locator("#backup-codes li")).to_have_count(10)
    page.get_by_role("link", name="Continue").click()
    expect(page.get_by_role("heading", name=INDEX)).to_be_visible()
    page.get_by_role("button", name="Log out").click()

    password_step(page, site, user)
    expect(page.get_by_role("heading", name="Second step")).to_be_visible()
    page.get_by_role("button", name="Verify with a passkey").click()
    expect(page.get_by_role("heading", name=INDEX)).to_be_visible(timeout=20000)
