"""The Content-Security-Policy is on in the browser tests, and the pages still work under it."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect


def csp_errors(page):
    errors = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    return errors


@pytest.mark.parametrize("path", ["/", "/sessions/12/", "/tasks/67/", "/search/?q=survey"])
def test_public_pages_carry_the_policy_and_break_none_of_it(site, page, path):
    errors = csp_errors(page)
    response = page.goto(site + path)
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    page.wait_for_load_state("networkidle")
    assert errors == []


def test_the_api_docs_render_from_our_own_files(site, page):
    errors = csp_errors(page)
    external = []
    # a response from elsewhere would mean something left the site (a request the policy
    # blocks gets no response)
    page.on(
        "response",
        lambda response: (
            external.append(response.url)
            if not response.url.startswith((site, "data:", "blob:"))
            else None
        ),
    )
    page.goto(site + "/api/docs/")
    expect(page.get_by_text("CWS Records API").first).to_be_visible(timeout=20000)
    # ReDoc's bundle links its branding logo to its CDN; the policy blocks it, so nothing
    # leaves the site. Every other violation fails the test.
    errors = [e for e in errors if "cdn.redoc.ly/redoc/logo-mini.svg" not in e]
    assert errors == [] and external == []


def test_the_admin_works_under_the_policy(site, page, sign_in):
    user = User.objects.create_superuser("secretariat", "s@example.org", "a-long-test-password")
    errors = csp_errors(page)
    sign_in(user=user, password="a-long-test-password")
    page.goto(site + "/admin/cws_sessions/decision/?q=Task+No.+67")
    page.get_by_role("link", name="CWS/12/29 ¶146").first.click()
    # the autocomplete widgets are built by the admin's JavaScript
    expect(page.locator(".select2-container").first).to_be_visible()
    page.locator(".select2-selection").first.click()
    expect(page.locator(".select2-dropdown .select2-search__field")).to_be_visible()
    # the pages of the sign-in and of the security page break none of the policy either
    page.goto(site + "/admin/security/")
    expect(page.get_by_role("heading", name="Your sessions")).to_be_visible()
    assert errors == []
