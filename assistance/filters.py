import django_filters
from django.utils.translation import gettext_lazy as _

from assistance.models import Activity, AssistanceReport, Figure
from records.filters import CodeChoiceFilter, NumberChoiceFilter, words_filter
from sessions.models import Office


class ActivityFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Words"),
        method=lambda qs, name, value: words_filter("title", "description")(qs, name, value),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Activity.Kind.choices, empty_label=_("All kinds")
    )
    year = NumberChoiceFilter(
        label=_("Year"),
        field_name="report",
        queryset=AssistanceReport.objects.all(),
        to_field_name="year",
        empty_label=_("All years"),
    )
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
    year = NumberChoiceFilter(
        label=_("Year of the report"),
        field_name="report",
        queryset=AssistanceReport.objects.all(),
        to_field_name="year",
    )

    class Meta:
        model = Figure
        fields = []
