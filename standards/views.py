"""Pages of WIPO Standards."""

from django.utils.translation import gettext_lazy as _

from records.listing import FilteredListView
from records.views import RecordDetailView
from standards.api import StandardViewSet
from standards.filters import StandardFilter
from standards.models import Standard


class StandardListView(FilteredListView):
    template_name = "standards/standard_list.html"
    filterset_class = StandardFilter
    api_view = StandardViewSet
    export_name = "standards"

    def get_queryset(self):
        return Standard.objects.for_list()


class StandardDetailView(RecordDetailView):
    model = Standard
    lookup = "code"
    not_found = _("There is no WIPO Standard %(value)s in the records.")
    template_name = "standards/standard_detail.html"
    context_object_name = "standard"
