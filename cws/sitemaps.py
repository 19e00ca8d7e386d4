"""sitemap.xml: every public page, in each interface language: one <url> per page and
language, each naming the page in the others (hreflang alternates, English as x-default).

``/sitemap.xml`` is an index of one sitemap per kind of page (``/sitemap-decisions.xml``...):
every page in six languages with its alternates is megabytes, too long to render and send as
one file whenever the records change."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from sessions.models import Decision, Document, Office, Session
from standards.models import Standard
from tasks.models import Survey, Task, TaskForce


class Translated(Sitemap):
    """A page in every interface language (``reverse`` runs in each language in turn)."""

    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(Translated):
    def items(self):
        return [
            "home",
            "session_list",
            "decision_list",
            "task_list",
            "task_force_list",
            "standard_list",
            "document_list",
            "technical_assistance",
        ]

    def location(self, name):
        return reverse(name)


class ApiSitemap(Sitemap):
    """The API's documentation, in no language."""

    def items(self):
        return ["api_docs"]

    def location(self, name):
        return reverse(name)


class RecordSitemap(Translated):
    def __init__(self, queryset):
        self.queryset = queryset

    def items(self):
        # a fresh query each time: the sitemap lists (item, language) pairs, which evaluates the
        # queryset, and this one lives as long as the process
        return self.queryset.all()


class WorkProgramSitemap(Translated):
    def items(self):
        return Session.objects.order_by("number")

    def location(self, session):
        return reverse("work_program", args=[session.number])


SITEMAPS = {
    "pages": PagesSitemap,
    "api": ApiSitemap,
    "sessions": RecordSitemap(Session.objects.order_by("number")),
    "work-programs": WorkProgramSitemap,
    "tasks": RecordSitemap(Task.objects.order_by("number")),
    "task-forces": RecordSitemap(TaskForce.objects.order_by("slug")),
    "standards": RecordSitemap(Standard.objects.all()),  # ST.3 before ST.26
    "documents": RecordSitemap(Document.objects.in_order()),
    "decisions": RecordSitemap(
        Decision.objects.select_related("paragraph__document").in_report_order()
    ),
    "offices": RecordSitemap(Office.objects.order_by("name")),
    "surveys": RecordSitemap(Survey.objects.order_by("slug")),
}
