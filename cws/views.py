"""The site-wide pages: home and search."""

from django.db.models import Count, Q
from django.db.models.functions import Length
from django.http import HttpResponse
from django.views.generic import TemplateView

from cws.search import search
from sessions.models import Decision, Document, Session, decided_condition
from standards.models import Standard, StandardEvent
from tasks.models import Task, TaskEvent, TaskForce

HEADLINE_STANDARD_KINDS = ["adopted", "not_adopted", "revised"]
HEADLINE_TASK_KINDS = ["created", "description_revised", "revision_not_approved", "assigned"]


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        latest = (
            Session.objects.filter(decided_condition("decisions__")).order_by("-number").first()
        )
        if latest is not None:
            context["standard_outcomes"] = (
                StandardEvent.objects.filter(session=latest, kind__in=HEADLINE_STANDARD_KINDS)
                .select_related("standard", "paragraph__document")
                .order_by("kind", Length("standard__code"), "standard__code")
            )
            context["task_outcomes"] = (
                TaskEvent.objects.filter(session=latest, kind__in=HEADLINE_TASK_KINDS)
                .select_related("task", "task_force", "paragraph__document")
                .order_by("task__number", "kind")
            )
        status_labels = dict(Task.Status.choices)
        context["latest"] = latest
        context["tasks_by_status"] = [
            (row["status"], status_labels.get(row["status"], "not stated"), row["n"])
            for row in Task.objects.values("status").annotate(n=Count("id")).order_by("status")
        ]
        context["counts"] = {
            "sessions": Session.objects.count(),
            "decisions": Decision.objects.decided().count(),
            "tasks": Task.objects.count(),
            "task_forces": TaskForce.objects.count(),
            "standards": Standard.objects.count(),
            "documents": Document.objects.filter(~Q(source_file="")).count(),
        }
        return context


class SearchView(TemplateView):
    template_name = "search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query, sections = search(self.request.GET.get("q", ""))
        context.update(
            query=query, sections=sections, total=sum(section.total for section in sections)
        )
        return context


def baseline(request):
    """The benchmark's yardstick: a short fixed page through the same server and middleware.
    Routed only when DJANGO_BENCH_BASELINE is set."""
    return HttpResponse("<!DOCTYPE html><html lang=en><title>Baseline</title><p>Baseline.</p>")
