"""Read-only API of WIPO Standards with their history."""

from rest_framework import serializers, viewsets

from records.api import SiteURLField, identifier_example
from records.dates import DatePrecision
from sessions.api import DecisionEventSerializer
from standards.filters import StandardFilter
from standards.models import Standard, StandardEvent


class StandardEventSerializer(DecisionEventSerializer):
    version = serializers.CharField(allow_null=True)
    date_precision = serializers.ChoiceField(choices=DatePrecision.choices, allow_null=True)

    class Meta:
        model = StandardEvent
        fields = [*DecisionEventSerializer.EVENT_FIELDS, "version", "date", "date_precision"]

    def to_representation(self, event):
        data = super().to_representation(event)
        data["version"] = data["version"] or None
        data["date_precision"] = data["date_precision"] or None
        return data


class StandardSerializer(serializers.ModelSerializer):
    latest_session = serializers.IntegerField(source="latest", allow_null=True)
    tasks = serializers.SlugRelatedField(many=True, read_only=True, slug_field="number")
    history = StandardEventSerializer(source="events", many=True)
    url = SiteURLField()

    class Meta:
        model = Standard
        fields = ["code", "title", "status", "latest_session", "tasks", "history", "note", "url"]


@identifier_example("code", str, "ST.92")
class StandardViewSet(viewsets.ReadOnlyModelViewSet):
    """WIPO Standards by code (`/api/standards/ST.92/`); the filters of the /standards/ page."""

    serializer_class = StandardSerializer
    filterset_class = StandardFilter
    lookup_field = "code"
    lookup_value_regex = r"[^/]+"
    search_fields = ["code", "title"]

    def get_queryset(self):
        return Standard.objects.with_history()
