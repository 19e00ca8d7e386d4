"""Pages of Tasks, Task Forces, the work program after a session, and surveys."""

from django.utils.translation import gettext_lazy as _

from records.listing import FilteredListView
from records.views import RecordDetailView
from sessions.models import Session
from tasks.api import TaskForceViewSet, TaskViewSet
from tasks.diff import word_diff
from tasks.filters import TaskFilter, TaskForceFilter
from tasks.models import Survey, SurveyResult, Task, TaskEvent, TaskForce

DESCRIBING_KINDS = {
    TaskEvent.Kind.CREATED,
    TaskEvent.Kind.CREATION_PROPOSED,
    TaskEvent.Kind.DESCRIPTION_REVISED,
    TaskEvent.Kind.REVISION_PROPOSED,
    TaskEvent.Kind.REVISION_NOT_APPROVED,
}
ADOPTED_WORDING = {TaskEvent.Kind.CREATED, TaskEvent.Kind.DESCRIPTION_REVISED}


class TaskListView(FilteredListView):
    template_name = "tasks/task_list.html"
    filterset_class = TaskFilter
    api_view = TaskViewSet
    export_name = "tasks"

    def get_queryset(self):
        return Task.objects.for_list().order_by("number")


class TaskDetailView(RecordDetailView):
    model = Task
    lookup = "number"
    not_found = _("There is no Task No. %(value)s in the records.")
    template_name = "tasks/task_detail.html"
    context_object_name = "task"

    def get_object(self, queryset=None):
        """The Task, each event of its timeline with ``change``: how its wording differs from
        the wording before it (None where it sets no wording or the same)."""
        task = super().get_object(queryset)
        previous = None
        for event in task.events.all():
            event.change = None
            if event.kind in DESCRIBING_KINDS and event.description:
                if previous is not None and previous.description != event.description:
                    event.change = {
                        "from": previous,
                        "segments": word_diff(previous.description, event.description),
                    }
                previous = event
        return task


class TaskForceListView(FilteredListView):
    template_name = "tasks/taskforce_list.html"
    filterset_class = TaskForceFilter
    api_view = TaskForceViewSet
    export_name = "task-forces"

    def get_queryset(self):
        return TaskForce.objects.prefetch_related("leaders", "tasks").order_by("name")


class TaskForceDetailView(RecordDetailView):
    model = TaskForce
    lookup = "slug"
    not_found = _("There is no Task Force “%(value)s” in the records.")
    template_name = "tasks/taskforce_detail.html"
    context_object_name = "task_force"


class WorkProgramView(RecordDetailView):
    """The Task list as it stood after a session, from the Tasks' history."""

    model = Session
    lookup = "number"
    not_found = _("There is no session CWS/%(value)s in the records.")
    template_name = "tasks/work_program.html"
    context_object_name = "session"

    def get_queryset(self):
        return Session.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        number = self.object.number
        tasks = (
            Task.objects.with_history()
            .filter(events__session__number__lte=number)
            .distinct()
            .order_by("number")
        )
        rows = []
        for task in tasks:
            until = [e for e in task.events.all() if e.session.number <= number]
            worded = [e for e in until if e.kind in ADOPTED_WORDING and e.description]
            assigned = [e for e in until if e.kind == TaskEvent.Kind.ASSIGNED and e.task_force]
            rows.append(
                {
                    "task": task,
                    "description": worded[-1] if worded else None,
                    "task_force": assigned[-1].task_force if assigned else task.task_force,
                    "here": [e for e in until if e.session.number == number],
                }
            )
        context["rows"] = rows
        return context


class SurveyDetailView(RecordDetailView):
    model = Survey
    lookup = "slug"
    not_found = _("There is no survey “%(value)s” in the records.")
    template_name = "tasks/survey_detail.html"
    context_object_name = "survey"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tables = {}
        for result in self.object.results.all():
            tables.setdefault(result.table, []).append(result)
        context["tables"] = [
            {
                "key": key,
                "label": SurveyResult.Table(key).label,
                "rows": rows,
                "max": max((r.count or 0 for r in rows), default=0) or 1,
                "paragraph": rows[0].paragraph,
            }
            for key, rows in tables.items()
        ]
        return context
