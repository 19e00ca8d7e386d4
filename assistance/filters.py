import django_filters
from django.utils.translation import gettext_lazy as _

from assistance.models import Activity, AssistanceReport, Figure
from records.filters import CodeChoiceFilter, record_filter, words
from sessions.models import Office


class ActivityFilter(django_filters.FilterSet):
    q = words(_("Words"), "title", "description")
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Activity.Kind.choices, empty_label=_("All kinds")
    )
    year = record_filter(AssistanceReport, "year", _("Year"), _("All years"), field_name="report")
    office = CodeChoiceFilter(
        label=_("Country or office"),
        field_name="offices",
        distinct=True,
        queryset=Office.objects.filter(assistance_activities__isnull=False).distinct(),
        to_field_name="name",
        empty_label=_("Any country or office"),
    )

    class Meta:
        model = Activity
        fields = []


class FigureFilter(django_filters.FilterSet):
    metric = django_filters.ChoiceFilter(label=_("Metric"), choices=Figure.Metric.choices)
    year = record_filter(AssistanceReport, "year", _("Year of the report"), field_name="report")

    class Meta:
        model = Figure
        fields = []
