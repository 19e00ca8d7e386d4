from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView

from sessions.listing import FilteredListView, joined
from sessions.models import Session
from tasks.diff import word_diff
from tasks.filters import TaskFilter, TaskForceFilter
from tasks.models import (
    ProgressReport,
    Survey,
    SurveyResult,
    Task,
    TaskEvent,
    TaskForce,
    TaskForceEvent,
)

DESCRIBING_KINDS = {
    TaskEvent.Kind.CREATED,
    TaskEvent.Kind.CREATION_PROPOSED,
    TaskEvent.Kind.DESCRIPTION_REVISED,
    TaskEvent.Kind.REVISION_PROPOSED,
    TaskEvent.Kind.REVISION_NOT_APPROVED,
}
ADOPTED_WORDING = {TaskEvent.Kind.CREATED, TaskEvent.Kind.DESCRIPTION_REVISED}


def timeline_events():
    return TaskEvent.objects.select_related(
        "session", "decision", "paragraph__document", "task_force"
    ).order_by("session__number", "paragraph__number", "pk")


class TaskListView(FilteredListView):
    template_name = "tasks/task_list.html"
    filterset_class = TaskFilter
    export_name = "tasks"
    export_columns = (
        ("number", lambda t: t.number),
        ("status", lambda t: t.status),
        ("task_force", lambda t: t.task_force.name if t.task_force else ""),
        ("standards", lambda t: joined(s.code for s in t.standards.all())),
        ("description", lambda t: t.description),
        ("url", lambda t: t.get_absolute_url()),
    )

    def get_queryset(self):
        return (
            Task.objects.select_related("task_force")
            .prefetch_related("standards")
            .order_by("number")
        )


class TaskDetailView(DetailView):
    template_name = "tasks/task_detail.html"
    context_object_name = "task"

    def get_object(self, queryset=None):
        number = self.kwargs["number"]
        task = (
            Task.objects.select_related("task_force")
            .prefetch_related(
                "task_force__leaders",
                "standards",
                Prefetch("events", queryset=timeline_events()),
                Prefetch(
                    "progress_reports",
                    queryset=ProgressReport.objects.select_related("document", "session"),
                ),
            )
            .filter(number=number)
            .first()
        )
        if task is None:
            raise Http404(_("There is no Task No. %(number)s in the records.") % {"number": number})
        return task

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        timeline, previous = [], None
        for event in self.object.events.all():
            change = None
            if event.kind in DESCRIBING_KINDS and event.description:
                if previous is not None and previous.description != event.description:
                    change = {
                        "from": previous,
                        "segments": word_diff(previous.description, event.description),
                    }
                previous = event
            timeline.append((event, change))
        context["timeline"] = timeline
        return context


class TaskForceListView(FilteredListView):
    template_name = "tasks/taskforce_list.html"
    filterset_class = TaskForceFilter
    export_name = "task-forces"
    export_columns = (
        ("name", lambda tf: tf.name),
        ("status", lambda tf: tf.status),
        ("leaders", lambda tf: joined(o.name for o in tf.leaders.all())),
        ("tasks", lambda tf: joined(t.number for t in tf.tasks.all())),
        ("url", lambda tf: tf.get_absolute_url()),
    )

    def get_queryset(self):
        return TaskForce.objects.prefetch_related("leaders", "tasks").order_by("name")


class TaskForceDetailView(DetailView):
    template_name = "tasks/taskforce_detail.html"
    context_object_name = "task_force"

    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        task_force = (
            TaskForce.objects.prefetch_related(
                "leaders",
                Prefetch("tasks", queryset=Task.objects.order_by("number")),
                Prefetch(
                    "progress_reports",
                    queryset=ProgressReport.objects.select_related(
                        "document", "session", "presented_by", "paragraph__document"
                    ).prefetch_related("tasks"),
                ),
                Prefetch(
                    "events",
                    queryset=TaskForceEvent.objects.select_related(
                        "session", "decision", "paragraph__document"
                    ).order_by("session__number", "paragraph__number", "pk"),
                ),
                Prefetch("progress_reports__surveys", queryset=Survey.objects.all()),
            )
            .filter(slug=slug)
            .first()
        )
        if task_force is None:
            raise Http404(_("There is no Task Force “%(slug)s” in the records.") % {"slug": slug})
        return task_force


class WorkProgramView(TemplateView):
    """The Task list as it stood after a session, from the Tasks' history."""

    template_name = "tasks/work_program.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        number = kwargs["number"]
        session = Session.objects.filter(number=number).first()
        if session is None:
            raise Http404(
                _("There is no session CWS/%(number)s in the records.") % {"number": number}
            )
        tasks = (
            Task.objects.filter(events__session__number__lte=number)
            .distinct()
            .select_related("task_force")
            .prefetch_related(Prefetch("events", queryset=timeline_events()))
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
        context.update(session=session, rows=rows)
        return context


class SurveyDetailView(DetailView):
    template_name = "tasks/survey_detail.html"
    context_object_name = "survey"
    slug_field = "slug"

    def get_queryset(self):
        return Survey.objects.select_related(
            "report__document", "report__task_force", "paragraph__document"
        ).prefetch_related(
            "respondents",
            Prefetch(
                "results",
                queryset=SurveyResult.objects.select_related(
                    "standard", "paragraph__document"
                ).order_by("table", "order"),
            ),
        )

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
