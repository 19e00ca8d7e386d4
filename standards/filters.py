import django_filters
from django.utils.translation import gettext_lazy as _

from records.filters import record_filter, words
from sessions.models import Session
from standards.models import Standard


class StandardFilter(django_filters.FilterSet):
    q = words(_("Code or title"), "code", "title")
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Standard.Status.choices, empty_label=_("Any status")
    )
    latest_session = record_filter(
        Session, "number", _("Latest change at"), _("Any session"), method="changed_last_at"
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
