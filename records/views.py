"""The detail view every record page shares."""

from django.http import Http404
from django.views.generic import DetailView


class RecordDetailView(DetailView):
    """A record's page, found by the identifier in its address.

    ``lookup`` is the field (and URL keyword) that identifies the record, ``not_found`` the
    404 message (``%(value)s`` is what the address gave); the queryset comes from the model's
    ``for_detail()``, the same query the API and the feeds use.
    """

    lookup = "pk"
    not_found = ""

    def get_queryset(self):
        return self.model.objects.for_detail()

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        value = self.kwargs[self.lookup]
        obj = queryset.filter(**{self.lookup: value}).first()
        if obj is None:
            raise Http404(self.not_found % {"value": value})
        return obj
