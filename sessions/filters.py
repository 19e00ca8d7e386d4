"""Filters of the lists of sessions' records. The decisions list filters by Task, Standard and
Task Force through the relations those apps declare (``records.filters.related``)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from records.filters import CodeChoiceFilter, NumberChoiceFilter, related, words_filter
from sessions.models import AgendaItem, Decision, Document, Office, Session


class DecisionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Words in the text"),
        method=lambda qs, name, value: words_filter("text")(qs, name, value),
    )
    session = NumberChoiceFilter(
        label=_("Session"),
        queryset=Session.objects.all(),
        to_field_name="number",
        empty_label=_("All sessions"),
    )
    item = django_filters.CharFilter(
        label=_("Agenda item"),
        field_name="agenda_item__code",
        help_text=_('As printed, e.g. "8(c)".'),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Decision.Kind.choices, empty_label=_("All kinds")
    )
    nature = django_filters.ChoiceFilter(
        label=_("Nature"), choices=Decision.Nature.choices, empty_label=_("Decisions and proposals")
    )
    task = NumberChoiceFilter(
        label=_("Task"),
        field_name="tasks",
        queryset=related(Decision, "tasks").objects.all(),
        to_field_name="number",
        distinct=True,
        empty_label=_("Any Task"),
    )
    standard = CodeChoiceFilter(
        label=_("Standard"),
        field_name="standards",
        queryset=related(Decision, "standards").objects.all(),
        to_field_name="code",
        distinct=True,
        empty_label=_("Any Standard"),
    )
    task_force = CodeChoiceFilter(
        label=_("Task Force"),
        field_name="task_forces",
        queryset=related(Decision, "task_forces").objects.all(),
        to_field_name="slug",
        distinct=True,
        empty_label=_("Any Task Force"),
    )
    o = django_filters.OrderingFilter(
        label=_("Sort by"),
        fields=[
            ("session__number", "session"),
            ("paragraph__number", "paragraph"),
            ("kind", "kind"),
        ],
        field_labels={
            "session__number": _("Session"),
            "paragraph__number": _("Paragraph"),
            "kind": _("Kind"),
        },
    )

    class Meta:
        model = Decision
        fields = []


class DocumentFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Symbol or title"),
        method=lambda qs, name, value: words_filter("symbol", "title")(qs, name, value),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Document.Kind.choices, empty_label=_("All kinds")
    )
    session = NumberChoiceFilter(
        label=_("Session"),
        queryset=Session.objects.all(),
        to_field_name="number",
        empty_label=_("All sessions"),
    )

    class Meta:
        model = Document
        fields = []


class SessionFilter(django_filters.FilterSet):
    class Meta:
        model = Session
        fields = []


class AgendaItemFilter(django_filters.FilterSet):
    session = NumberChoiceFilter(
        label=_("Session"),
        queryset=Session.objects.all(),
        to_field_name="number",
    )

    class Meta:
        model = AgendaItem
        fields = []


class OfficeFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Office.Kind.choices)

    class Meta:
        model = Office
        fields = []
