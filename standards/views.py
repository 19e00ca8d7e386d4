from django.db.models import Max, Prefetch
from django.db.models.functions import Length
from django.http import Http404
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from sessions.listing import FilteredListView, joined
from standards.filters import StandardFilter
from standards.models import Standard, StandardEvent
from tasks.models import SurveyResult, Task


class StandardListView(FilteredListView):
    template_name = "standards/standard_list.html"
    filterset_class = StandardFilter
    export_name = "standards"
    export_columns = (
        ("code", lambda s: s.code),
        ("title", lambda s: s.title),
        ("status", lambda s: s.status),
        ("latest_session", lambda s: s.latest or ""),
        ("tasks", lambda s: joined(t.number for t in s.tasks.all())),
        ("url", lambda s: s.get_absolute_url()),
    )

    def get_queryset(self):
        return (
            Standard.objects.annotate(
                latest=Max("events__session__number"), code_length=Length("code")
            )
            .prefetch_related(Prefetch("tasks", queryset=Task.objects.order_by("number")))
            .order_by("code_length", "code")
        )


class StandardDetailView(DetailView):
    template_name = "standards/standard_detail.html"
    context_object_name = "standard"

    def get_object(self, queryset=None):
        code = self.kwargs["code"]
        standard = (
            Standard.objects.prefetch_related(
                Prefetch(
                    "events",
                    queryset=StandardEvent.objects.select_related(
                        "session", "decision", "paragraph__document"
                    ).order_by("session__number", "date", "paragraph__number", "pk"),
                ),
                Prefetch(
                    "tasks", queryset=Task.objects.select_related("task_force").order_by("number")
                ),
                Prefetch(
                    "survey_results",
                    queryset=SurveyResult.objects.select_related("survey", "paragraph__document"),
                ),
            )
            .filter(code=code)
            .first()
        )
        if standard is None:
            raise Http404(_("There is no WIPO Standard %(code)s in the records.") % {"code": code})
        return standard
