import django_filters
from django.utils.translation import gettext_lazy as _

from records.filters import record_filter, words
from sessions.models import Session
from standards.models import Standard
from tasks.models import ProgressReport, Task, TaskEvent, TaskForce

CHANGING_KINDS = [
    TaskEvent.Kind.CREATED,
    TaskEvent.Kind.DESCRIPTION_REVISED,
    TaskEvent.Kind.REVISION_NOT_APPROVED,
    TaskEvent.Kind.ASSIGNED,
    TaskEvent.Kind.STATUS_CHANGED,
]


class TaskFilter(django_filters.FilterSet):
    q = words(_("Words"), "description", "task_force__name", "note")
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Task.Status.choices, empty_label=_("Any status")
    )
    task_force = record_filter(TaskForce, "slug", _("Task Force"), _("Any Task Force"))
    standard = record_filter(
        Standard, "code", _("Standard"), _("Any Standard"), field_name="standards", distinct=True
    )
    session = record_filter(
        Session, "number", _("Created or changed at"), _("Any session"), method="changed_at"
    )
    o = django_filters.OrderingFilter(
        label=_("Sort by"),
        fields=[("number", "number"), ("status", "status"), ("task_force__name", "task_force")],
        field_labels={
            "number": _("Number"),
            "status": _("Status"),
            "task_force__name": _("Task Force"),
        },
    )

    class Meta:
        model = Task
        fields = []

    def changed_at(self, queryset, name, session):
        return queryset.filter(events__session=session, events__kind__in=CHANGING_KINDS).distinct()


class TaskForceFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=TaskForce.Status.choices, empty_label=_("Any status")
    )

    class Meta:
        model = TaskForce
        fields = []


class ProgressReportFilter(django_filters.FilterSet):
    task_force = record_filter(TaskForce, "slug", _("Task Force"), _("Any Task Force"))
    session = record_filter(Session, "number", _("Session"), _("Any session"))

    class Meta:
        model = ProgressReport
        fields = []
