"""Filters of the lists of sessions' records. The decisions list filters by Task, Standard and
Task Force through the relations those apps declare (``records.filters.related``)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from records.filters import record_filter, related, words
from sessions.models import AgendaItem, Decision, Document, Office, Session, decided_condition

BOTH_NATURES = "all"


class NatureFilter(django_filters.ChoiceFilter):
    """What the Committee decided, by default; what was only proposed to it, or both, when
    asked (``?nature=proposal``, ``?nature=all``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "choices",
            [
                (Decision.Nature.DECISION, _("decisions of the Committee")),
                (Decision.Nature.PROPOSAL, _("proposals to the Committee")),
                (BOTH_NATURES, _("decisions and proposals")),
            ],
        )
        super().__init__(empty_label=None, **kwargs)

    def filter(self, queryset, value):
        if value == BOTH_NATURES:
            return queryset
        if value == Decision.Nature.PROPOSAL:
            return queryset.filter(~decided_condition())
        return queryset.filter(decided_condition())


class DecisionFilter(django_filters.FilterSet):
    q = words(_("Words in the text"), "text")
    session = record_filter(Session, "number", _("Session"), _("All sessions"))
    item = django_filters.CharFilter(
        label=_("Agenda item"),
        field_name="agenda_item__code",
        help_text=_('As printed, e.g. "8(c)".'),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Decision.Kind.choices, empty_label=_("All kinds")
    )
    nature = NatureFilter(label=_("Nature"))
    task = record_filter(
        related(Decision, "tasks"),
        "number",
        _("Task"),
        _("Any Task"),
        field_name="tasks",
        distinct=True,
    )
    standard = record_filter(
        related(Decision, "standards"),
        "code",
        _("Standard"),
        _("Any Standard"),
        field_name="standards",
        distinct=True,
    )
    task_force = record_filter(
        related(Decision, "task_forces"),
        "slug",
        _("Task Force"),
        _("Any Task Force"),
        field_name="task_forces",
        distinct=True,
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

    def __init__(self, data=None, *args, **kwargs):
        # bound even without parameters, so that the default (decisions only) applies
        super().__init__(data if data is not None else {}, *args, **kwargs)

    @property
    def shown_nature(self):
        """What the list holds: "decision" (the default), "proposal" or "all"."""
        if self.form.is_valid():
            return self.form.cleaned_data.get("nature") or Decision.Nature.DECISION
        return Decision.Nature.DECISION


class DocumentFilter(django_filters.FilterSet):
    q = words(_("Symbol or title"), "symbol", "title")
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Document.Kind.choices, empty_label=_("All kinds")
    )
    session = record_filter(Session, "number", _("Session"), _("All sessions"))

    class Meta:
        model = Document
        fields = []


class SessionFilter(django_filters.FilterSet):
    class Meta:
        model = Session
        fields = []


class AgendaItemFilter(django_filters.FilterSet):
    session = record_filter(Session, "number", _("Session"))

    class Meta:
        model = AgendaItem
        fields = []


class OfficeFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Office.Kind.choices)

    class Meta:
        model = Office
        fields = []
