from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from records.admin import RecordAdmin, RecordTabularInline, count_column, excerpt_column
from sessions.admin import EventAdmin, SubjectEventInline
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


class TaskEventInline(SubjectEventInline):
    model = TaskEvent
    fk_name = "task"
    fields = ["kind", "session", "decision", "paragraph", "description", "task_force", "status"]
    autocomplete_fields = [*SubjectEventInline.autocomplete_fields, "task_force"]


@admin.register(Task)
class TaskAdmin(RecordAdmin):
    list_display = [
        "name",
        "status",
        "task_force",
        excerpt_column("description", _("description")),
        count_column("events", _("history events")),
    ]
    list_filter = ["status", "task_force"]
    search_fields = ["=number", "description"]
    list_select_related = ["task_force"]
    autocomplete_fields = ["task_force", "standards"]
    exclude = ["decisions"]
    inlines = [TaskEventInline]

    @admin.display(description=_("Task"), ordering="number")
    def name(self, task):
        """The Task's name in the admin's language ("Tâche n° 67"); its __str__ (the
        history's and the exports' form) stays English."""
        return task.display_name

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:  # the form's heading: the Task's name in the admin's language
            context["subtitle"] = obj.display_name
        return super().render_change_form(request, context, add, change, form_url, obj)


class TaskForceEventInline(SubjectEventInline):
    model = TaskForceEvent
    fields = ["kind", "session", "decision", "paragraph", "note"]


@admin.register(TaskForce)
class TaskForceAdmin(RecordAdmin):
    list_display = ["name", "status", "leader_names", count_column("tasks", _("Tasks"))]
    list_filter = ["status"]
    search_fields = ["name"]
    autocomplete_fields = ["leaders"]
    exclude = ["decisions"]
    inlines = [TaskForceEventInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("leaders")

    @admin.display(description=_("leaders"))
    def leader_names(self, obj):
        return ", ".join(office.short_name or office.name for office in obj.leaders.all())


@admin.register(TaskEvent)
class TaskEventAdmin(EventAdmin):
    list_display = ["task", "kind", "session", "paragraph", "task_force"]
    search_fields = ["=task__number", "description", "note"]
    list_select_related = ["task", "session", "paragraph__document", "decision", "task_force"]
    autocomplete_fields = ["task", *EventAdmin.autocomplete_fields, "task_force"]


@admin.register(TaskForceEvent)
class TaskForceEventAdmin(EventAdmin):
    list_display = ["task_force", "kind", "session", "paragraph"]
    search_fields = ["task_force__name", "note"]
    list_select_related = ["task_force", "session", "paragraph__document", "decision"]
    autocomplete_fields = ["task_force", *EventAdmin.autocomplete_fields]


class ReportItemInline(RecordTabularInline):
    model = ReportItem
    autocomplete_fields = ["paragraph"]


class MilestoneInline(RecordTabularInline):
    model = Milestone
    autocomplete_fields = ["paragraph"]


@admin.register(ProgressReport)
class ProgressReportAdmin(RecordAdmin):
    list_display = ["document", "task_force", "session", "presented_by"]
    list_filter = ["session", "task_force"]
    search_fields = ["document__symbol", "task_force__name"]
    list_select_related = ["document", "task_force", "session", "presented_by"]
    autocomplete_fields = [
        "document",
        "task_force",
        "session",
        "tasks",
        "presented_by",
        "paragraph",
    ]
    inlines = [MilestoneInline, ReportItemInline]


@admin.register(ReportItem)
class ReportItemAdmin(RecordAdmin):
    list_display = ["report", "kind", "order", "heading", excerpt_column("text", _("text"))]
    list_filter = ["kind"]
    search_fields = ["heading", "text"]
    list_select_related = ["report__document", "report__task_force"]
    autocomplete_fields = ["report", "paragraph"]


@admin.register(Milestone)
class MilestoneAdmin(RecordAdmin):
    list_display = ["report", "order", "description", "start_date", "end_date"]
    search_fields = ["description"]
    list_select_related = ["report__document", "report__task_force"]
    autocomplete_fields = ["report", "paragraph"]


class SurveyResultInline(RecordTabularInline):
    model = SurveyResult
    fields = ["table", "group", "order", "label", "count", "standard", "remarks", "paragraph"]
    autocomplete_fields = ["standard", "paragraph"]


@admin.register(Survey)
class SurveyAdmin(RecordAdmin):
    list_display = ["title", "report", "start_date", "end_date", "stated_respondents"]
    search_fields = ["title", "slug"]
    list_select_related = ["report__document", "report__task_force"]
    autocomplete_fields = ["report", "respondents", "paragraph"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [SurveyResultInline]


@admin.register(SurveyResult)
class SurveyResultAdmin(RecordAdmin):
    list_display = ["label", "table", "group", "count", "standard", "survey"]
    list_filter = ["table", "survey"]
    search_fields = ["label", "remarks"]
    list_select_related = ["standard", "survey"]
    autocomplete_fields = ["survey", "standard", "paragraph"]
