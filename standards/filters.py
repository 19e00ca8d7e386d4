import django_filters
from django.utils.translation import gettext_lazy as _

from records.filters import NumberChoiceFilter, words_filter
from sessions.models import Session
from standards.models import Standard


class StandardFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Code or title"),
        method=lambda qs, name, value: words_filter("code", "title")(qs, name, value),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Standard.Status.choices, empty_label=_("Any status")
    )
    latest_session = NumberChoiceFilter(
        label=_("Latest change at"),
        queryset=Session.objects.all(),
        to_field_name="number",
        method="changed_last_at",
        empty_label=_("Any session"),
    )
    o = django_filters.OrderingFilter(
        label=_("Sort by"),
        fields=[("code_length", "code"), ("status", "status"), ("latest", "latest_session")],
        field_labels={
            "code_length": _("Code"),
            "status": _("Status"),
            "latest": _("Latest change"),
        },
    )

    class Meta:
        model = Standard
        fields = []

    def changed_last_at(self, queryset, name, session):
        return queryset.filter(latest=session.number)
