"""Read-only API of sessions, agenda items, decisions, documents and offices."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import NotFound

from records.api import SiteURLField, identifier_example
from sessions.filters import (
    AgendaItemFilter,
    DecisionFilter,
    DocumentFilter,
    OfficeFilter,
    SessionFilter,
)
from sessions.models import AgendaItem, Decision, Document, Office, Paragraph, Session


class SessionSerializer(serializers.ModelSerializer):
    chair = serializers.SerializerMethodField()
    vice_chairs = serializers.SerializerMethodField()
    secretary = serializers.SerializerMethodField()
    documents = serializers.SlugRelatedField(many=True, read_only=True, slug_field="symbol")
    meeting_url = serializers.SerializerMethodField()
    meeting_url_citation = serializers.CharField(
        source="meeting_url_source", allow_null=True, default=None
    )
    decision_count = serializers.IntegerField(
        read_only=True, help_text="What the Committee decided (proposals apart)."
    )
    proposal_count = serializers.IntegerField(
        read_only=True, help_text="What was only proposed to the Committee."
    )
    url = SiteURLField()

    class Meta:
        model = Session
        fields = [
            "number",
            "start_date",
            "end_date",
            "city",
            "meeting_url",
            "meeting_url_citation",
            "chair",
            "vice_chairs",
            "secretary",
            "stated_member_states",
            "stated_igos",
            "stated_observers",
            "decision_count",
            "proposal_count",
            "documents",
            "note",
            "url",
        ]

    def get_meeting_url(self, session) -> str | None:
        return session.meeting_url or None

    def names(self, session, role):
        return [officer.name for officer in session.officers.all() if officer.role == role]

    def get_chair(self, session) -> str | None:
        names = self.names(session, "chair")
        return names[0] if names else None

    def get_vice_chairs(self, session) -> list[str]:
        return self.names(session, "vice_chair")

    def get_secretary(self, session) -> str | None:
        names = self.names(session, "secretary")
        return names[0] if names else None


@identifier_example("number", int, 12)
class SessionViewSet(viewsets.ReadOnlyModelViewSet):
    """Sessions of the CWS, by number (`/api/sessions/12/`)."""

    serializer_class = SessionSerializer
    filterset_class = SessionFilter
    lookup_field = "number"
    lookup_value_regex = r"\d{1,4}"
    search_fields = ["city", "note"]

    def get_queryset(self):
        return (
            Session.objects.with_counts()
            .select_related("meeting_url_source__document")
            .prefetch_related(
                "officers", Prefetch("documents", queryset=Document.objects.in_order())
            )
            .order_by("number")
        )


class AgendaItemSerializer(serializers.ModelSerializer):
    session = serializers.IntegerField(source="session.number")
    parent = serializers.CharField(source="parent.code", allow_null=True, default=None)
    url = SiteURLField()

    class Meta:
        model = AgendaItem
        fields = ["session", "code", "title", "order", "parent", "url"]


class AgendaItemViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Agenda items; filter with `?session=12`."""

    serializer_class = AgendaItemSerializer
    filterset_class = AgendaItemFilter
    search_fields = ["title", "code"]
    queryset = AgendaItem.objects.select_related("session", "parent").order_by(
        "session__number", "order"
    )


class DecisionSerializer(serializers.ModelSerializer):
    session = serializers.IntegerField(source="session.number")
    agenda_item = serializers.CharField(source="agenda_item.code", allow_null=True, default=None)
    document = serializers.CharField(source="paragraph.document.symbol")
    paragraph = serializers.IntegerField(source="paragraph.number")
    part = serializers.CharField(source="paragraph.part")
    citation = serializers.CharField()
    tasks = serializers.SlugRelatedField(many=True, read_only=True, slug_field="number")
    standards = serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")
    task_forces = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")
    url = SiteURLField()
    paragraph_url = serializers.SerializerMethodField()

    class Meta:
        model = Decision
        fields = [
            "session",
            "agenda_item",
            "kind",
            "nature",
            "text",
            "document",
            "paragraph",
            "part",
            "ordinal",
            "citation",
            "tasks",
            "standards",
            "task_forces",
            "note",
            "url",
            "paragraph_url",
        ]

    def get_paragraph_url(self, decision) -> str:
        return self.context["request"].build_absolute_uri(decision.paragraph.get_absolute_url())


NATURE_PARAMETER = OpenApiParameter(
    "nature",
    str,
    enum=["decision", "proposal", "all"],
    default="decision",
    description=(
        "What the list holds: the Committee's decisions (`decision`, the default), what was "
        "only proposed to it (`?nature=proposal`), or both (`?nature=all`). Each row says "
        "which it is in its `nature` field."
    ),
)


@extend_schema_view(list=extend_schema(parameters=[NATURE_PARAMETER]))
@identifier_example("permalink", str, "CWS/12/29/80/1")
class DecisionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The Committee's decisions, with the same filters as the /decisions/ page. By default
    the list holds decisions only, so that its count for a session is the session's
    `decision_count`; proposals to the Committee are listed with `?nature=proposal` (their
    count is `proposal_count`), decisions and proposals together with `?nature=all`."""

    serializer_class = DecisionSerializer
    filterset_class = DecisionFilter
    search_fields = ["text", "note"]

    lookup_field = "permalink"
    lookup_value_regex = r"[^?#]+/[^/?#]+/[0-9]+"

    def get_queryset(self):
        return Decision.objects.for_list().in_report_order()

    def get_object(self):
        """A decision by its page's address: ``/api/decisions/CWS/12/29/80/1/``."""
        symbol, paragraph, ordinal = self.kwargs["permalink"].rsplit("/", 2)
        decision = self.get_queryset().by_permalink(symbol, paragraph, int(ordinal)).first()
        if decision is None:
            raise NotFound(_("There is no such decision in the records."))
        return decision


class DecisionEventSerializer(serializers.ModelSerializer):
    """What every history event shows in the API (``sessions.events.DecisionEvent``): the
    session, the paragraph that records it, and the decision that caused it."""

    session = serializers.IntegerField(source="session.number")
    document = serializers.CharField(source="paragraph.document.symbol")
    paragraph = serializers.IntegerField(source="paragraph.number")
    part = serializers.CharField(source="paragraph.part")
    decision = serializers.CharField(source="decision.citation", allow_null=True, default=None)

    EVENT_FIELDS = ["session", "kind", "document", "paragraph", "part", "decision", "note"]


class ParagraphSerializer(serializers.ModelSerializer):
    url = SiteURLField()

    class Meta:
        model = Paragraph
        fields = ["part", "number", "heading", "text", "url"]


class DocumentSerializer(serializers.ModelSerializer):
    session = serializers.IntegerField(source="session.number", allow_null=True, default=None)
    paragraph_count = serializers.IntegerField()
    url = SiteURLField()

    class Meta:
        model = Document
        fields = ["symbol", "title", "kind", "session", "date", "paragraph_count", "note", "url"]


class DocumentDetailSerializer(DocumentSerializer):
    paragraphs = ParagraphSerializer(many=True)

    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "paragraphs"]


@identifier_example("symbol", str, "CWS/12/29")
class DocumentViewSet(viewsets.ReadOnlyModelViewSet):
    """Documents by symbol (`/api/documents/CWS/12/29/`), with their paragraphs."""

    filterset_class = DocumentFilter
    lookup_field = "symbol"
    lookup_value_regex = r"[^?#]+?"
    search_fields = ["symbol", "title"]

    def get_serializer_class(self):
        return DocumentDetailSerializer if self.action == "retrieve" else DocumentSerializer

    def get_queryset(self):
        queryset = Document.objects.for_list()
        if self.action == "retrieve":
            paragraphs = Paragraph.objects.select_related("document").in_reading_order()
            queryset = queryset.prefetch_related(Prefetch("paragraphs", queryset=paragraphs))
        return queryset


class OfficeSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country.name", allow_null=True, default=None)
    url = SiteURLField()

    class Meta:
        model = Office
        fields = ["name", "short_name", "kind", "country", "note", "url"]


@identifier_example("name", str, "Japan Patent Office")
class OfficeViewSet(viewsets.ReadOnlyModelViewSet):
    """Member states, organizations and offices: one vocabulary, by name."""

    serializer_class = OfficeSerializer
    filterset_class = OfficeFilter
    lookup_field = "name"
    lookup_value_regex = r"[^/]+"
    search_fields = ["name", "short_name"]
    queryset = Office.objects.select_related("country").order_by("name")
