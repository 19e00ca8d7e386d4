import django_filters
from django.utils.translation import gettext_lazy as _

from records.filters import CodeChoiceFilter, NumberChoiceFilter, words_filter
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
    q = django_filters.CharFilter(
        label=_("Words"),
        method=lambda qs, name, value: words_filter("description", "task_force__name", "note")(
            qs, name, value
        ),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Task.Status.choices, empty_label=_("Any status")
    )
    task_force = CodeChoiceFilter(
        label=_("Task Force"),
        queryset=TaskForce.objects.all(),
        to_field_name="slug",
        empty_label=_("Any Task Force"),
    )
    standard = CodeChoiceFilter(
        label=_("Standard"),
        field_name="standards",
        queryset=Standard.objects.all(),
        to_field_name="code",
        distinct=True,
        empty_label=_("Any Standard"),
    )
    session = NumberChoiceFilter(
        label=_("Created or changed at"),
        queryset=Session.objects.all(),
        to_field_name="number",
        method="changed_at",
        empty_label=_("Any session"),
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
    task_force = CodeChoiceFilter(
        label=_("Task Force"),
        queryset=TaskForce.objects.all(),
        to_field_name="slug",
        empty_label=_("Any Task Force"),
    )
    session = NumberChoiceFilter(
        label=_("Session"),
        queryset=Session.objects.all(),
        to_field_name="number",
        empty_label=_("Any session"),
    )

    class Meta:
        model = ProgressReport
        fields = []
