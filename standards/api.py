"""Read-only API of WIPO Standards with their history."""

from django.db.models import Max, Prefetch
from django.db.models.functions import Length
from rest_framework import serializers, viewsets

from cws.api import SiteURLField, identifier_example
from sessions.precision import DatePrecision
from standards.filters import StandardFilter
from standards.models import Standard, StandardEvent
from tasks.models import Task


class StandardEventSerializer(serializers.ModelSerializer):
    session = serializers.IntegerField(source="session.number", allow_null=True, default=None)
    version = serializers.CharField(allow_null=True)
    date_precision = serializers.ChoiceField(choices=DatePrecision.choices, allow_null=True)
    document = serializers.CharField(source="paragraph.document.symbol")
    paragraph = serializers.IntegerField(source="paragraph.number")
    part = serializers.CharField(source="paragraph.part")
    decision = serializers.CharField(source="decision.citation", allow_null=True, default=None)

    class Meta:
        model = StandardEvent
        fields = [
            "kind",
            "session",
            "version",
            "date",
            "date_precision",
            "document",
            "paragraph",
            "part",
            "decision",
            "note",
        ]

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
        events = StandardEvent.objects.select_related(
            "session", "paragraph__document", "decision__paragraph__document"
        ).order_by("session__number", "date", "paragraph__number", "pk")
        return (
            Standard.objects.annotate(
                latest=Max("events__session__number"), code_length=Length("code")
            )
            .prefetch_related(
                Prefetch("events", queryset=events),
                Prefetch("tasks", queryset=Task.objects.order_by("number")),
            )
            .order_by("code_length", "code")
        )
