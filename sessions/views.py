from django.db.models import Case, Count, Prefetch, Q, When
from django.http import Http404
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from sessions.filters import DecisionFilter, DocumentFilter
from sessions.listing import FilteredListView, joined
from sessions.models import (
    AgendaItem,
    Decision,
    Document,
    Paragraph,
    Participation,
    Session,
    SessionOfficer,
)
from standards.models import StandardEvent
from tasks.models import SurveyResult, TaskEvent, TaskForceEvent

ROLE_ORDER = Case(
    When(role=SessionOfficer.Role.CHAIR, then=0),
    When(role=SessionOfficer.Role.VICE_CHAIR, then=1),
    default=2,
)


class SessionListView(ListView):
    template_name = "cws_sessions/session_list.html"
    context_object_name = "sessions"

    def get_queryset(self):
        return Session.objects.annotate(
            decision_count=Count(
                "decisions", filter=Q(decisions__nature="decision"), distinct=True
            ),
            document_count=Count("documents", distinct=True),
        ).prefetch_related("officers")


class SessionDetailView(DetailView):
    template_name = "cws_sessions/session_detail.html"
    context_object_name = "session"

    def get_object(self, queryset=None):
        number = self.kwargs["number"]
        decisions = Decision.objects.for_list().order_by("paragraph__number", "ordinal")
        session = (
            Session.objects.prefetch_related(
                Prefetch(
                    "officers",
                    queryset=SessionOfficer.objects.select_related(
                        "office", "paragraph__document"
                    ).order_by("role", "name"),
                ),
                Prefetch(
                    "participations",
                    queryset=Participation.objects.select_related("office").order_by(
                        "capacity", "order"
                    ),
                ),
                Prefetch(
                    "agenda_items",
                    queryset=AgendaItem.objects.select_related("session")
                    .prefetch_related(Prefetch("decisions", queryset=decisions))
                    .order_by("order"),
                ),
                Prefetch(
                    "decisions",
                    queryset=decisions.filter(agenda_item__isnull=True),
                    to_attr="unfiled_decisions",
                ),
                Prefetch("documents", queryset=Document.objects.order_by("symbol")),
            )
            .select_related("source__document")
            .filter(number=number)
            .first()
        )
        if session is None:
            raise Http404(
                _("There is no session CWS/%(number)s in the records.") % {"number": number}
            )
        return session

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = {}
        for participation in self.object.participations.all():
            groups.setdefault(participation.get_capacity_display(), []).append(participation)
        context["participant_groups"] = groups
        context["parent_ids"] = {item.parent_id for item in self.object.agenda_items.all()}
        return context


class DecisionListView(FilteredListView):
    template_name = "cws_sessions/decision_list.html"
    filterset_class = DecisionFilter
    export_name = "decisions"
    export_columns = (
        ("session", lambda d: d.session.number),
        ("agenda_item", lambda d: d.agenda_item.code if d.agenda_item else ""),
        ("kind", lambda d: d.kind),
        ("nature", lambda d: d.nature),
        ("document", lambda d: d.paragraph.document.symbol),
        ("paragraph", lambda d: d.paragraph.label),
        ("ordinal", lambda d: d.ordinal),
        ("text", lambda d: d.text),
        ("tasks", lambda d: joined(t.number for t in d.tasks.all())),
        ("standards", lambda d: joined(s.code for s in d.standards.all())),
        ("task_forces", lambda d: joined(tf.name for tf in d.task_forces.all())),
        ("note", lambda d: d.note),
    )

    def get_queryset(self):
        return Decision.objects.for_list().order_by(
            "session__number", "paragraph__document__symbol", "paragraph__number", "ordinal"
        )


class DocumentListView(FilteredListView):
    template_name = "cws_sessions/document_list.html"
    filterset_class = DocumentFilter
    export_name = "documents"
    export_columns = (
        ("symbol", lambda d: d.symbol),
        ("title", lambda d: d.title),
        ("kind", lambda d: d.kind),
        ("session", lambda d: d.session.number if d.session else ""),
        ("date", lambda d: d.date.isoformat() if d.date else ""),
        ("paragraphs", lambda d: d.paragraph_count),
    )

    def get_queryset(self):
        return (
            Document.objects.select_related("session")
            .annotate(paragraph_count=Count("paragraphs"))
            .order_by("symbol")
        )


class DocumentDetailView(DetailView):
    template_name = "cws_sessions/document_detail.html"
    context_object_name = "document"

    def get_object(self, queryset=None):
        symbol = self.kwargs["symbol"]
        body_first = Case(When(part=Paragraph.Part.BODY, then=0), default=1)
        paragraphs = Paragraph.objects.order_by(body_first, "number").prefetch_related(
            Prefetch(
                "decisions",
                queryset=Decision.objects.select_related("session", "paragraph__document").order_by(
                    "ordinal"
                ),
            ),
            Prefetch(
                "task_events",
                queryset=TaskEvent.objects.select_related("task").order_by("task__number"),
            ),
            Prefetch("standard_events", queryset=StandardEvent.objects.select_related("standard")),
            Prefetch(
                "task_force_events", queryset=TaskForceEvent.objects.select_related("task_force")
            ),
            "assistance_activities",
            "assistance_figures",
            Prefetch("survey_results", queryset=SurveyResult.objects.select_related("survey")),
        )
        document = (
            Document.objects.select_related("session")
            .prefetch_related(Prefetch("paragraphs", queryset=paragraphs))
            .filter(symbol=symbol)
            .first()
        )
        if document is None:
            raise Http404(_("There is no document %(symbol)s in the records.") % {"symbol": symbol})
        return document
