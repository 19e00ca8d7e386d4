"""Read-only API of the technical-assistance activities and figures."""

from rest_framework import mixins, serializers, viewsets

from assistance.filters import ActivityFilter, FigureFilter
from assistance.models import Activity, Figure
from records.api import SiteURLField


class ActivitySerializer(serializers.ModelSerializer):
    year = serializers.IntegerField(source="report.year")
    report = serializers.CharField(source="report.document.symbol")
    offices = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")
    standards = serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")
    document = serializers.CharField(source="paragraph.document.symbol")
    paragraph = serializers.IntegerField(source="paragraph.number")
    url = SiteURLField()

    class Meta:
        model = Activity
        fields = [
            "year",
            "report",
            "order",
            "kind",
            "title",
            "description",
            "platform",
            "start_date",
            "end_date",
            "date_precision",
            "offices",
            "standards",
            "document",
            "paragraph",
            "note",
            "url",
        ]


class ActivityViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Activities of the yearly reports; the filters of the /technical-assistance/ page."""

    serializer_class = ActivitySerializer
    filterset_class = ActivityFilter
    search_fields = ["title", "description"]
    queryset = Activity.objects.for_list()


class FigureSerializer(serializers.ModelSerializer):
    report_year = serializers.IntegerField(source="report.year")
    report = serializers.CharField(source="report.document.symbol")
    office = serializers.CharField(source="office.name", allow_null=True, default=None)
    document = serializers.CharField(source="paragraph.document.symbol")
    paragraph = serializers.IntegerField(source="paragraph.number")
    url = SiteURLField(source="paragraph")

    class Meta:
        model = Figure
        fields = [
            "report_year",
            "report",
            "metric",
            "office",
            "value",
            "year",
            "qualifier",
            "document",
            "paragraph",
            "note",
            "url",
        ]


class FigureViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Yearly figures under stable metric names, comparable across years."""

    serializer_class = FigureSerializer
    filterset_class = FigureFilter
    search_fields = ["qualifier", "note"]
    queryset = Figure.objects.select_related(
        "report__document", "office", "paragraph__document"
    ).order_by("metric", "report__year")
