"""Read-only API of Tasks (with their history), Task Forces (with their progress reports,
work plans and findings), progress reports and surveys."""

from rest_framework import serializers, viewsets

from records.api import SiteURLField, identifier_example
from records.dates import DatePrecision
from sessions.api import DecisionEventSerializer
from tasks.filters import ProgressReportFilter, TaskFilter, TaskForceFilter
from tasks.models import (
    Milestone,
    ProgressReport,
    ReportItem,
    Survey,
    SurveyResult,
    Task,
    TaskEvent,
    TaskForce,
    TaskForceEvent,
)


class TaskEventSerializer(DecisionEventSerializer):
    task_force = serializers.CharField(source="task_force.name", allow_null=True, default=None)

    class Meta:
        model = TaskEvent
        fields = [*DecisionEventSerializer.EVENT_FIELDS, "description", "task_force", "status"]


class TaskSerializer(serializers.ModelSerializer):
    task_force = serializers.CharField(source="task_force.name", allow_null=True, default=None)
    standards = serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")
    history = TaskEventSerializer(source="events", many=True)
    url = SiteURLField()

    class Meta:
        model = Task
        fields = [
            "number",
            "description",
            "status",
            "task_force",
            "standards",
            "history",
            "note",
            "url",
        ]


@identifier_example("number", int, 67)
class TaskViewSet(viewsets.ReadOnlyModelViewSet):
    """Tasks by number (`/api/tasks/67/`); the same filters as the /tasks/ page."""

    serializer_class = TaskSerializer
    filterset_class = TaskFilter
    lookup_field = "number"
    lookup_value_regex = r"\d{1,4}"
    search_fields = ["description", "task_force__name", "note"]

    def get_queryset(self):
        return Task.objects.with_history().order_by("number")


class CitedSerializer(serializers.ModelSerializer):
    """The paragraph a record cites, as every record of the API gives it."""

    document = serializers.CharField(source="paragraph.document.symbol")
    paragraph = serializers.IntegerField(source="paragraph.number")
    part = serializers.CharField(source="paragraph.part")

    CITED_FIELDS = ["document", "paragraph", "part"]


class MilestoneSerializer(CitedSerializer):
    date_precision = serializers.ChoiceField(choices=DatePrecision.choices, allow_blank=True)

    class Meta:
        model = Milestone
        fields = [
            "order",
            "description",
            "start_date",
            "end_date",
            "date_precision",
            *CitedSerializer.CITED_FIELDS,
            "note",
        ]


class ReportItemSerializer(CitedSerializer):
    class Meta:
        model = ReportItem
        fields = ["kind", "order", "heading", "text", *CitedSerializer.CITED_FIELDS, "note"]


class ProgressReportSerializer(CitedSerializer):
    report = serializers.CharField(source="document.symbol")
    session = serializers.IntegerField(source="session.number")
    task_force = serializers.CharField(source="task_force.name", allow_null=True, default=None)
    tasks = serializers.SlugRelatedField(many=True, read_only=True, slug_field="number")
    presented_by = serializers.CharField(source="presented_by.name", allow_null=True, default=None)
    milestones = MilestoneSerializer(many=True)
    items = ReportItemSerializer(many=True)
    url = SiteURLField()

    class Meta:
        model = ProgressReport
        fields = [
            "report",
            "session",
            "task_force",
            "tasks",
            "presented_by",
            *CitedSerializer.CITED_FIELDS,
            "milestones",
            "items",
            "note",
            "url",
        ]


class TaskForceEventSerializer(DecisionEventSerializer):
    class Meta:
        model = TaskForceEvent
        fields = DecisionEventSerializer.EVENT_FIELDS


class TaskForceSerializer(serializers.ModelSerializer):
    leaders = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")
    tasks = serializers.SlugRelatedField(many=True, read_only=True, slug_field="number")
    progress_reports = ProgressReportSerializer(many=True)
    history = TaskForceEventSerializer(source="events", many=True)
    url = SiteURLField()

    class Meta:
        model = TaskForce
        fields = [
            "name",
            "slug",
            "status",
            "leaders",
            "tasks",
            "progress_reports",
            "history",
            "note",
            "url",
        ]


@identifier_example("slug", str, "ip-data-exchange")
class TaskForceViewSet(viewsets.ReadOnlyModelViewSet):
    """Task Forces by their identifier (`/api/task-forces/ip-data-exchange/`)."""

    serializer_class = TaskForceSerializer
    filterset_class = TaskForceFilter
    lookup_field = "slug"
    search_fields = ["name", "note"]

    def get_queryset(self):
        return TaskForce.objects.for_detail().order_by("name")


@identifier_example("report", str, "CWS/13/14")
class ProgressReportViewSet(viewsets.ReadOnlyModelViewSet):
    """Progress reports by their document's symbol (`/api/progress-reports/CWS/13/14/`), with
    their work plan (milestones) and what they report (challenges, planned actions, ...)."""

    serializer_class = ProgressReportSerializer
    filterset_class = ProgressReportFilter
    lookup_field = "document__symbol"
    lookup_url_kwarg = "report"
    lookup_value_regex = r"[^?#]+?"
    search_fields = ["document__symbol", "items__text", "milestones__description"]

    def get_queryset(self):
        return ProgressReport.objects.for_detail().order_by("session__number", "document__sort_key")


class SurveyResultSerializer(CitedSerializer):
    standard = serializers.CharField(source="standard.code", allow_null=True, default=None)

    class Meta:
        model = SurveyResult
        fields = [
            "table",
            "group",
            "order",
            "label",
            "count",
            "standard",
            "remarks",
            "document",
            "paragraph",
            "part",
            "note",
        ]


class SurveySerializer(serializers.ModelSerializer):
    report = serializers.CharField(source="report.document.symbol")
    respondents = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")
    results = SurveyResultSerializer(many=True)
    url = SiteURLField()

    class Meta:
        model = Survey
        fields = [
            "slug",
            "title",
            "report",
            "start_date",
            "end_date",
            "date_precision",
            "stated_respondents",
            "respondents",
            "results",
            "note",
            "url",
        ]


@identifier_example("slug", str, "ip-data-exchange-practices-2025")
class SurveyViewSet(viewsets.ReadOnlyModelViewSet):
    """Surveys with every row of their result tables."""

    serializer_class = SurveySerializer
    lookup_field = "slug"
    search_fields = ["title"]

    def get_queryset(self):
        return Survey.objects.for_detail().order_by("slug")
