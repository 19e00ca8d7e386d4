"""Pages of sessions, decisions and documents."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from records.fragments import rendered_rows
from records.listing import FilteredListView
from records.views import RecordDetailView
from sessions.api import DecisionViewSet, DocumentViewSet
from sessions.filters import DecisionFilter, DocumentFilter
from sessions.models import Decision, Document, Office, Paragraph, Session


class SessionListView(ListView):
    template_name = "cws_sessions/session_list.html"
    context_object_name = "sessions"

    def get_queryset(self):
        # an aggregate query keeps no default ordering: say it
        return Session.objects.with_counts().prefetch_related("officers").order_by("number")


class SessionDetailView(RecordDetailView):
    model = Session
    lookup = "number"
    not_found = _("There is no session CWS/%(value)s in the records.")
    template_name = "cws_sessions/session_detail.html"
    context_object_name = "session"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.object
        groups = {}
        for participation in session.participations.all():
            groups.setdefault(participation.get_capacity_display(), []).append(participation)
        context["participant_groups"] = groups
        context["parent_ids"] = {item.parent_id for item in session.agenda_items.all()}
        decisions = list(Decision.objects.in_session_order(session))
        html = rendered_rows(
            "includes/decision.html",
            "decision",
            [pk for pk, *_ in decisions],
            lambda pks: Decision.objects.for_list().filter(pk__in=pks),
        )
        by_item = {}
        for pk, item_id, _nature in decisions:
            by_item.setdefault(item_id, []).append(html[pk])
        for item in session.agenda_items.all():
            item.decision_rows = by_item.get(item.pk, [])
        context["unfiled_rows"] = by_item.get(None, [])
        context["unfiled_nature"] = Decision.natures_of(
            nature for _pk, item_id, nature in decisions if item_id is None
        )
        return context


class DecisionListView(FilteredListView):
    template_name = "cws_sessions/decision_list.html"
    filterset_class = DecisionFilter
    api_view = DecisionViewSet
    export_name = "decisions"
    row_template = "includes/decision_row.html"
    row_name = "decision"

    def get_queryset(self):
        return Decision.objects.in_report_order().only("pk")

    def row_records(self, pks):
        return Decision.objects.for_list().filter(pk__in=pks)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["nature"] = self.filterset.shown_nature
        return context


class DecisionDetailView(RecordDetailView):
    """A decision's own page: ``/decisions/CWS/12/29/146/1/`` (symbol, paragraph, ordinal)."""

    model = Decision
    template_name = "cws_sessions/decision_detail.html"
    context_object_name = "decision"

    def get_object(self, queryset=None):
        symbol, paragraph, ordinal = (self.kwargs[k] for k in ("symbol", "paragraph", "ordinal"))
        decision = self.get_queryset().by_permalink(symbol, paragraph, ordinal).first()
        if decision is None:
            raise Http404(
                _("There is no decision %(ordinal)s of %(symbol)s paragraph %(paragraph)s.")
                % {"ordinal": ordinal, "symbol": symbol, "paragraph": paragraph}
            )
        return decision


class DocumentListView(FilteredListView):
    template_name = "cws_sessions/document_list.html"
    filterset_class = DocumentFilter
    api_view = DocumentViewSet
    export_name = "documents"

    def get_queryset(self):
        return Document.objects.for_list()


class DocumentDetailView(RecordDetailView):
    model = Document
    lookup = "symbol"
    not_found = _("There is no document %(value)s in the records.")
    template_name = "cws_sessions/document_detail.html"
    context_object_name = "document"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        outline = list(Paragraph.objects.outline(self.object))
        html = rendered_rows(
            "includes/paragraph.html",
            "paragraph",
            [pk for pk, *_ in outline],
            lambda pks: Paragraph.objects.filter(pk__in=pks).for_page(),
        )
        # (the paragraph's part and number, to head the annex; its HTML)
        context["paragraphs"] = [(part, number, html[pk]) for pk, part, number in outline]
        return context


class OfficeDetailView(RecordDetailView):
    model = Office
    lookup = "name"
    not_found = _("There is no office or member state named %(value)s in the records.")
    template_name = "cws_sessions/office_detail.html"
    context_object_name = "office"
