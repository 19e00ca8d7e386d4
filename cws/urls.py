"""URLs of CWS Records. Permalinks use the Committee's own identifiers."""

from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView
from rest_framework.routers import DefaultRouter

from assistance.api import ActivityViewSet, FigureViewSet
from cws import views
from cws.sitemaps import SITEMAPS
from records.api import not_found
from sessions.api import (
    AgendaItemViewSet,
    DecisionViewSet,
    DocumentViewSet,
    OfficeViewSet,
    SessionViewSet,
)
from standards.api import StandardViewSet
from tasks.api import ProgressReportViewSet, SurveyViewSet, TaskForceViewSet, TaskViewSet

router = DefaultRouter()
router.include_root_view = True
router.register("sessions", SessionViewSet, basename="api-session")
router.register("agenda-items", AgendaItemViewSet, basename="api-agenda-item")
router.register("decisions", DecisionViewSet, basename="api-decision")
router.register("tasks", TaskViewSet, basename="api-task")
router.register("task-forces", TaskForceViewSet, basename="api-task-force")
router.register("standards", StandardViewSet, basename="api-standard")
router.register("offices", OfficeViewSet, basename="api-office")
router.register("activities", ActivityViewSet, basename="api-activity")
router.register("figures", FigureViewSet, basename="api-figure")
router.register("surveys", SurveyViewSet, basename="api-survey")
router.register("progress-reports", ProgressReportViewSet, basename="api-progress-report")
router.register("documents", DocumentViewSet, basename="api-document")

# Addresses in no language: the API (codes, not labels), the crawlers' files and the passkey
# endpoints the admin's sign-in script calls.
urlpatterns = [
    # an index of one sitemap per kind of page: every page in six languages is too long to be one
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path(
        "api/docs/",
        # ReDoc writes its styles into <style> elements: the only page that needs inline styles
        csp_update({"style-src": [UNSAFE_INLINE]})(
            SpectacularRedocView.as_view(url_name="api_schema")
        ),
        name="api_docs",
    ),
    path("api/", include(router.urls)),
    re_path(r"^api/", not_found),
    # passkeys (django-otp-webauthn), as the second step of the admin's sign-in
    path("admin/webauthn/", include("accounts.webauthn")),
]

# The public pages and the admin in each interface language: English at the bare addresses
# (/sessions/12/), the others under their prefix (/fr/sessions/12/, /zh-hans/sessions/12/).
# A bare address is always English, whatever the browser asks for (README: "Languages").
urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("", include("sessions.urls")),
    path("", include("tasks.urls")),
    path("", include("standards.urls")),
    path("", include("assistance.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)

if settings.BENCH_BASELINE:
    urlpatterns += [path("bench/baseline/", views.baseline, name="bench_baseline")]
