"""Read-only API of Tasks (with their history), Task Forces and surveys."""

from django.db.models import Prefetch
from rest_framework import serializers, viewsets

from cws.api import SiteURLField, identifier_example
from tasks.filters import TaskFilter, TaskForceFilter
from tasks.models import Survey, SurveyResult, Task, TaskEvent, TaskForce


class TaskEventSerializer(serializers.ModelSerializer):
    session = serializers.IntegerField(source="session.number")
    document = serializers.CharField(source="paragraph.document.symbol")
    paragraph = serializers.IntegerField(source="paragraph.number")
    part = serializers.CharField(source="paragraph.part")
    decision = serializers.CharField(source="decision.citation", allow_null=True, default=None)
    task_force = serializers.CharField(source="task_force.name", allow_null=True, default=None)

    class Meta:
        model = TaskEvent
        fields = [
            "session",
            "kind",
            "document",
            "paragraph",
            "part",
            "decision",
            "description",
            "task_force",
            "status",
            "note",
        ]


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
        events = TaskEvent.objects.select_related(
            "session", "paragraph__document", "decision__paragraph__document", "task_force"
        ).order_by("session__number", "paragraph__number", "pk")
        return (
            Task.objects.select_related("task_force")
            .prefetch_related("standards", Prefetch("events", queryset=events))
            .order_by("number")
        )


class TaskForceSerializer(serializers.ModelSerializer):
    leaders = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")
    tasks = serializers.SlugRelatedField(many=True, read_only=True, slug_field="number")
    url = SiteURLField()

    class Meta:
        model = TaskForce
        fields = ["name", "slug", "status", "leaders", "tasks", "note", "url"]


@identifier_example("slug", str, "ip-data-exchange")
class TaskForceViewSet(viewsets.ReadOnlyModelViewSet):
    """Task Forces by their identifier (`/api/task-forces/ip-data-exchange/`)."""

    serializer_class = TaskForceSerializer
    filterset_class = TaskForceFilter
    lookup_field = "slug"
    search_fields = ["name", "note"]

    def get_queryset(self):
        return TaskForce.objects.prefetch_related(
            "leaders", Prefetch("tasks", queryset=Task.objects.order_by("number"))
        ).order_by("name")


class SurveyResultSerializer(serializers.ModelSerializer):
    standard = serializers.CharField(source="standard.code", allow_null=True, default=None)
    document = serializers.CharField(source="paragraph.document.symbol")
    paragraph = serializers.IntegerField(source="paragraph.number")
    part = serializers.CharField(source="paragraph.part")

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
        results = SurveyResult.objects.select_related("standard", "paragraph__document").order_by(
            "table", "order"
        )
        return (
            Survey.objects.select_related("report__document")
            .prefetch_related("respondents", Prefetch("results", queryset=results))
            .order_by("slug")
        )
