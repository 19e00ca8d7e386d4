"""Walk every URL pattern, for every role, with the curated records: no response is a 5xx."""

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch

from tests import factories

pytestmark = pytest.mark.django_db

ALLOWED = {200, 301, 302, 304, 400, 403, 404, 405}
# Values to try for each parameter name a URL pattern takes: real identifiers and wrong ones.
SAMPLES = {
    "number": [12, 67, 99],
    "code": ["ST.92", "ST.0"],
    "slug": ["ip-data-exchange", "ip-data-exchange-practices-2025", "nothing"],
    "symbol": ["CWS/12/29", "CWS/13/14", "CWS/12/15", "NO/SUCH"],
    "name": ["Japan Patent Office", "Atlantis"],
    "format": ["json"],
    "report": ["CWS/13/14", "NO/SUCH"],
    "paragraph": ["146", "annex-1", "999"],
    "ordinal": [1, 3],
    "permalink": ["CWS/12/29/146/1", "CWS/12/29/146", "NO/SUCH/1/x"],
    "section": ["decisions", "sessions", "nothing"],
}


def named_patterns(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # walked from the admin registry below
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from named_patterns(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", list(entry.pattern.regex.groupindex)


def public_urls():
    urls = set()
    for name, params in named_patterns():
        if not params:
            try:
                urls.add(reverse(name))
            except NoReverseMatch:
                continue
            continue
        candidates = [
            dict(zip(params, values, strict=True))
            for values in _product([SAMPLES.get(p, []) for p in params])
        ]
        reversed_any = False
        for kwargs in candidates:
            try:
                urls.add(reverse(name, kwargs=kwargs))
                reversed_any = True
            except NoReverseMatch:
                continue
        assert reversed_any, f"no sample values reverse {name} {params}: add them to SAMPLES"
    return sorted(urls)


def _product(lists):
    if not lists:
        yield ()
        return
    for head in lists[0]:
        for tail in _product(lists[1:]):
            yield (head, *tail)


def admin_urls():
    urls = [reverse("admin:index"), reverse("admin:login"), reverse("admin:password_change")]
    for model in admin.site._registry:
        label = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls += [reverse(f"{label}_changelist"), reverse(f"{label}_add")]
        urls.append(reverse(f"{label}_changelist") + "?q=%27%22%3C")
        obj = model._default_manager.order_by("pk").first()
        if obj is not None:
            for view in ("change", "history", "delete"):
                urls.append(reverse(f"{label}_{view}", args=[obj.pk]))
        urls.append(reverse(f"{label}_change", args=[999999]))
    urls.append(reverse("admin:app_list", args=["cws_sessions"]))
    return urls


@pytest.mark.parametrize("role", ["anonymous", "viewer", "editor", "superuser"])
def test_no_page_answers_with_a_server_error(client, role):
    if role != "anonymous":
        client.force_login(factories.user(role))
    urls = public_urls() + admin_urls()
    assert len(urls) > 150
    failures = []
    for address in urls:
        status = client.get(address, secure=True).status_code
        if status not in ALLOWED:
            failures.append((address, status))
    assert failures == []
