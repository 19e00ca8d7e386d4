"""The meetings of the CWS, the documents they produced and the decisions they took.

Every record here cites the paragraph it comes from (``Paragraph``), so that the site can show
the source text beside the fact.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from records.filters import related
from records.models import NaturalKeyModel, RecordQuerySet, choices_check, note_field
from records.ordering import NaturalSortKeyField
from records.text import contains_wording

SOURCE_PARAGRAPH = _("source paragraph")


def source_paragraph(related_name, verbose_name=SOURCE_PARAGRAPH, **options):
    """The paragraph a record cites. Protected: the citation is part of the record, and the
    document page lists the record under it (``records.citations``)."""
    return models.ForeignKey(
        "cws_sessions.Paragraph",
        on_delete=models.PROTECT,
        related_name=related_name,
        verbose_name=verbose_name,
        **options,
    )


class OfficeKind(models.TextChoices):
    MEMBER_STATE = "member_state", _("member state")
    IGO = "igo", _("intergovernmental organization")
    NGO = "ngo", _("non-governmental organization")
    IP_OFFICE = "ip_office", _("IP office")
    INTERNATIONAL_BUREAU = "international_bureau", _("International Bureau of WIPO")
    OTHER = "other", _("other")


class OfficeQuerySet(RecordQuerySet):
    def for_detail(self):
        """An office's page: the sessions it attended, the officers it provided, the Task Forces
        it leads with their Tasks, its technical-assistance activities (the relations the
        higher apps declare, reached by name)."""
        return self.select_related("country").prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related(
                    "session", "paragraph__document"
                ).order_by("session__number"),
            ),
            models.Prefetch(
                "officers",
                queryset=SessionOfficer.objects.select_related(
                    "session", "paragraph__document"
                ).order_by("session__number"),
            ),
            "led_task_forces__tasks",
            models.Prefetch(
                "assistance_activities",
                queryset=related(self.model, "assistance_activities")
                .objects.select_related("report", "paragraph__document")
                .order_by("report__year", "pk"),
            ),
        )


class Office(NaturalKeyModel):
    """A member state, organization or office: one vocabulary for sessions, Task Forces and
    technical-assistance activities."""

    Kind = OfficeKind

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        default="",
        help_text=_("Acronym or code the documents use, e.g. JPO, SAIP, EPO, or a country code."),
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    country = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="offices",
        verbose_name=_("country"),
        help_text=_("For a national office, its member state."),
    )
    note = note_field()
    history = HistoricalRecords()

    objects = OfficeQuerySet.as_manager()
    NATURAL_KEY = ("name",)

    class Meta:
        ordering = ["name"]
        verbose_name = _("office or organization")
        verbose_name_plural = _("offices and organizations")
        constraints = [choices_check("kind", OfficeKind, "office_kind_valid")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("office_detail", args=[self.name])


def decided_condition(prefix=""):
    """The condition a decision meets when the Committee took it (not one only proposed to
    it): the one definition of what counts as a decision, ``prefix`` naming the relation
    ("decisions__") when the condition is put from another record."""
    return Q(**{f"{prefix}nature": DecisionNature.DECISION})


class SessionQuerySet(RecordQuerySet):
    def with_counts(self):
        """Each session's count of decisions (what the Committee decided: the one count every
        page and the API show), of proposals (apart), and of documents. An aggregate query keeps
        no default ordering: order it."""
        return self.annotate(
            decision_count=models.Count(
                "decisions", filter=decided_condition("decisions__"), distinct=True
            ),
            proposal_count=models.Count(
                "decisions", filter=~decided_condition("decisions__"), distinct=True
            ),
            document_count=models.Count("documents", distinct=True),
        )

    def for_detail(self):
        """A session's page: its counts, officers, participants, the agenda with its
        decisions, documents."""
        decisions = Decision.objects.for_list().order_by("paragraph__number", "ordinal")
        return (
            self.with_counts()
            .select_related("source__document", "meeting_url_source__document")
            .prefetch_related(
                models.Prefetch(
                    "officers",
                    queryset=SessionOfficer.objects.select_related(
                        "office", "paragraph__document"
                    ).order_by("role", "name"),
                ),
                models.Prefetch(
                    "participations",
                    queryset=Participation.objects.select_related("office").order_by(
                        "capacity", "order"
                    ),
                ),
                models.Prefetch(
                    "agenda_items",
                    queryset=AgendaItem.objects.select_related("session")
                    .prefetch_related(models.Prefetch("decisions", queryset=decisions))
                    .order_by("order"),
                ),
                models.Prefetch(
                    "decisions",
                    queryset=decisions.filter(agenda_item__isnull=True),
                    to_attr="unfiled_decisions",
                ),
                models.Prefetch("documents", queryset=Document.objects.in_order()),
            )
        )


class Session(NaturalKeyModel):
    """A session of the Committee, keyed by its number (CWS/12 is ``number=12``)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True, default="")
    source = source_paragraph(
        "sessions_dated",
        null=True,
        blank=True,
        help_text=_("Where the dates and venue are given."),
    )
    meeting_url = models.URLField(
        _("meeting page on the WIPO website"),
        blank=True,
        default="",
        help_text=_("Where a document gives it: the session's documents and presentations."),
    )
    meeting_url_source = source_paragraph(
        "sessions_linked",
        verbose_name=_("paragraph giving the meeting page"),
        null=True,
        blank=True,
    )
    stated_member_states = models.PositiveSmallIntegerField(
        _("member states (as stated)"),
        null=True,
        blank=True,
        help_text=_("The count the session report prints after its list."),
    )
    stated_igos = models.PositiveSmallIntegerField(
        _("IGO members (as stated)"), null=True, blank=True
    )
    stated_observers = models.PositiveSmallIntegerField(
        _("observers (as stated)"), null=True, blank=True
    )
    note = note_field()
    history = HistoricalRecords()

    objects = SessionQuerySet.as_manager()
    NATURAL_KEY = ("number",)

    class Meta:
        ordering = ["number"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="session_dates_ordered",
            ),
        ]

    def __str__(self):
        return f"CWS/{self.number}"

    def get_absolute_url(self):
        return reverse("session_detail", args=[self.number])

    def clean(self):
        if self.meeting_url and not self.meeting_url_source_id:
            raise ValidationError(
                {"meeting_url_source": _("Cite the paragraph that gives the meeting page.")}
            )


class SessionOfficerRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice-Chair")
    SECRETARY = "secretary", _("Secretary")


class SessionOfficer(NaturalKeyModel):
    """The chair, a vice-chair or the secretary of a session."""

    Role = SessionOfficerRole

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="officers", verbose_name=_("session")
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    name = models.CharField(_("name"), max_length=200)
    office = models.ForeignKey(
        Office,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="officers",
        verbose_name=_("country or organization"),
    )
    paragraph = source_paragraph("officers")
    note = note_field()
    history = HistoricalRecords()

    NATURAL_KEY = ("session__number", "role", "name")
    CITED_WITH = ("session",)

    class Meta:
        ordering = ["session__number", "role", "name"]
        verbose_name = _("session officer")
        verbose_name_plural = _("session officers")
        constraints = [
            choices_check("role", SessionOfficerRole, "officer_role_valid"),
            models.UniqueConstraint(
                fields=["session", "role", "name"], name="officer_unique_per_session"
            ),
        ]

    def __str__(self):
        return f"{self.get_role_display()} of {self.session}: {self.name}"

    def get_absolute_url(self):
        return f"{self.session.get_absolute_url()}#officers"


class ParticipationCapacity(models.TextChoices):
    MEMBER_STATE = "member_state", _("member state")
    IGO_MEMBER = "igo_member", _("intergovernmental organization (member)")
    OBSERVER = "observer", _("observer")


class Participation(NaturalKeyModel):
    """A member state or organization that took part in a session, as the report lists it."""

    Capacity = ParticipationCapacity

    session = models.ForeignKey(
        Session,
        on_delete=models.CASCADE,
        related_name="participations",
        verbose_name=_("session"),
    )
    office = models.ForeignKey(
        Office,
        on_delete=models.PROTECT,
        related_name="participations",
        verbose_name=_("participant"),
    )
    capacity = models.CharField(_("capacity"), max_length=16, choices=Capacity.choices)
    name_as_printed = models.CharField(
        _("name as printed"),
        max_length=200,
        blank=True,
        default="",
        help_text=_("Only where the report spells the name differently from the vocabulary."),
    )
    order = models.PositiveSmallIntegerField(_("order in the list"), default=0)
    paragraph = source_paragraph("participations")
    note = note_field()
    history = HistoricalRecords()

    NATURAL_KEY = ("session__number", "office__name")
    CITED_WITH = ("session", "office")

    class Meta:
        ordering = ["session__number", "capacity", "order"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            choices_check("capacity", ParticipationCapacity, "participation_capacity_valid"),
            models.UniqueConstraint(
                fields=["session", "office"], name="participation_unique_per_session"
            ),
        ]

    def __str__(self):
        return f"{self.office} at {self.session}"

    def get_absolute_url(self):
        return f"{self.session.get_absolute_url()}#participants"


class DocumentKind(models.TextChoices):
    SESSION_REPORT = "session_report", _("session report")
    WORKING_DOCUMENT = "working_document", _("working document")
    GA_REPORT = "ga_report", _("report to the General Assembly")
    TECHNICAL_ASSISTANCE_REPORT = "ta_report", _("technical-assistance report")
    PROGRESS_REPORT = "progress_report", _("Task Force progress report")
    OTHER = "other", _("other")


class DocumentQuerySet(RecordQuerySet):
    def in_order(self):
        """By symbol, in numeric order (CWS/12/2 before CWS/12/10), in the database."""
        return self.order_by("sort_key", "symbol")

    def for_list(self):
        """Documents in order, with their count of paragraphs (an aggregate: ordered here, as
        GROUP BY drops the default ordering)."""
        return (
            self.select_related("session")
            .annotate(paragraph_count=models.Count("paragraphs"))
            .in_order()
        )

    def for_detail(self):
        """A document with its paragraphs in reading order."""
        return self.select_related("session").prefetch_related(
            models.Prefetch("paragraphs", queryset=Paragraph.objects.in_reading_order())
        )


class Document(NaturalKeyModel):
    """A CWS or General Assembly document, keyed by its symbol ("CWS/12/29")."""

    Kind = DocumentKind

    symbol = models.CharField(_("symbol"), max_length=60, unique=True)
    sort_key = NaturalSortKeyField(source="symbol", db_index=True)
    title = models.CharField(_("title"), max_length=400, blank=True, default="")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    session = models.ForeignKey(
        Session,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("session"),
    )
    date = models.DateField(_("date"), null=True, blank=True)
    source_file = models.CharField(
        _("source text file"),
        max_length=100,
        blank=True,
        default="",
        help_text=_("The file under fixtures/sources/ its paragraphs were read from, if any."),
    )
    note = note_field()
    history = HistoricalRecords(excluded_fields=["sort_key"])

    objects = DocumentQuerySet.as_manager()
    NATURAL_KEY = ("symbol",)

    class Meta:
        ordering = ["sort_key", "symbol"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [choices_check("kind", DocumentKind, "document_kind_valid")]

    def __str__(self):
        return self.symbol

    def get_absolute_url(self):
        return reverse("document_detail", args=[self.symbol])


class ParagraphPart(models.TextChoices):
    BODY = "body", _("body")
    ANNEX = "annex", _("annex")


class ParagraphQuerySet(RecordQuerySet):
    def in_reading_order(self):
        """The body first, then the annex, each by number."""
        body_first = models.Case(models.When(part=ParagraphPart.BODY, then=0), default=1)
        return self.order_by(body_first, "number")


class Paragraph(NaturalKeyModel):
    """A numbered paragraph of a document, numbered exactly as the original.

    Annex text that the original does not number is kept as ``part="annex"`` paragraphs,
    one per annex section, numbered in order by the curators' parser.
    """

    Part = ParagraphPart

    document = models.ForeignKey(
        Document,
        on_delete=models.CASCADE,
        related_name="paragraphs",
        verbose_name=_("document"),
    )
    part = models.CharField(_("part"), max_length=8, choices=Part.choices, default=Part.BODY)
    number = models.PositiveSmallIntegerField(_("number"))
    heading = models.CharField(
        _("heading"),
        max_length=400,
        blank=True,
        default="",
        help_text=_("The heading that stands before this paragraph, if any."),
    )
    text = models.TextField(_("text"))
    history = HistoricalRecords()

    objects = ParagraphQuerySet.as_manager()
    NATURAL_KEY = ("document__symbol", "part", "number")

    class Meta:
        ordering = ["document__sort_key", "part", "number"]
        verbose_name = _("paragraph")
        verbose_name_plural = _("paragraphs")
        constraints = [
            choices_check("part", ParagraphPart, "paragraph_part_valid"),
            models.UniqueConstraint(
                fields=["document", "part", "number"], name="paragraph_unique_number"
            ),
        ]

    def __str__(self):
        return f"{self.document.symbol} {self.label}"

    def get_absolute_url(self):
        return f"{self.document.get_absolute_url()}#{self.anchor}"

    @property
    def label(self):
        """The citation label: "¶146", or "Annex ¶3" for an annex section."""
        return f"¶{self.number}" if self.part == self.Part.BODY else f"Annex ¶{self.number}"

    @property
    def display_label(self):
        """The label on a page, in the interface language ("Annexe ¶3"); ``label`` stays the
        citation's own form (English) in exports, the API and citations."""
        if self.part == self.Part.BODY:
            return self.label
        return _("Annex ¶%(number)s") % {"number": self.number}

    @property
    def anchor(self):
        return f"p{self.number}" if self.part == self.Part.BODY else f"annex-p{self.number}"

    @property
    def key(self):
        """The paragraph in an address, after its document's symbol: "146", "annex-3"."""
        return str(self.number) if self.part == self.Part.BODY else f"annex-{self.number}"

    @property
    def slug(self):
        """The citation in an id: "cws-12-29-146", "cws-13-14-annex-3"."""
        symbol = "".join(ch if ch.isalnum() else "-" for ch in self.document.symbol.lower())
        part = "" if self.part == self.Part.BODY else "annex-"
        return f"{symbol}-{part}{self.number}"


class AgendaItem(NaturalKeyModel):
    """An item of a session's agenda ("4(a)"), possibly under a parent item ("4")."""

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="agenda_items", verbose_name=_("session")
    )
    code = models.CharField(_("code"), max_length=12, help_text=_('As printed: "4", "8(c)".'))
    title = models.CharField(_("title"), max_length=400)
    order = models.PositiveSmallIntegerField(_("order"))
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent item"),
    )
    paragraph = source_paragraph(
        "agenda_items",
        verbose_name=_("first paragraph"),
        null=True,
        blank=True,
        help_text=_("The first paragraph of the report under this item's heading."),
    )
    history = HistoricalRecords()

    NATURAL_KEY = ("session__number", "code")
    CITED_WITH = ("session",)

    class Meta:
        ordering = ["session__number", "order"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        constraints = [
            models.UniqueConstraint(fields=["session", "code"], name="agenda_item_unique_code")
        ]

    def __str__(self):
        return f"{self.session} item {self.code}: {self.title}"

    def get_absolute_url(self):
        return f"{self.session.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        return "item-" + "".join(ch for ch in self.code.lower() if ch.isalnum())


def cite(paragraph, ordinal=1):
    """A decision's citation: "CWS/12/29 ¶146", "CWS/12/29 ¶82 (2)" for the second decision
    a paragraph records."""
    return f"{paragraph} ({ordinal})" if ordinal > 1 else str(paragraph)


class DecisionQuerySet(RecordQuerySet):
    def for_list(self):
        """Everything a row of decisions shows, in a fixed number of queries. The Tasks,
        Standards and Task Forces a decision concerns are reached through the history events
        those apps declare (``decision.tasks``), once each however many events link them."""
        return self.select_related(
            "session", "agenda_item__session", "paragraph__document"
        ).prefetch_related(
            models.Prefetch("tasks", queryset=related(self.model, "tasks").objects.distinct()),
            models.Prefetch(
                "standards", queryset=related(self.model, "standards").objects.distinct()
            ),
            models.Prefetch(
                "task_forces", queryset=related(self.model, "task_forces").objects.distinct()
            ),
        )

    def for_detail(self):
        """A decision's page: its row, and what it did to each Task, Standard and Task Force
        (the events those apps declare, each with its subject, by subject)."""
        events = [
            models.Prefetch(
                name,
                queryset=(model := related(self.model, name))
                .objects.for_citation()
                .order_by(model.SUBJECT, "pk"),
            )
            for name in ("taskevents", "standardevents", "taskforceevents")
        ]
        return self.for_list().prefetch_related(*events)

    def by_permalink(self, symbol, paragraph, ordinal):
        """The decision at ``/decisions/<symbol>/<paragraph key>/<ordinal>/`` (or none)."""
        part, _, number = paragraph.rpartition("-")
        parts = {"": ParagraphPart.BODY, "annex": ParagraphPart.ANNEX}
        if part not in parts or not number.isdigit():
            return self.none()
        return self.filter(
            paragraph__document__symbol=symbol,
            paragraph__part=parts[part],
            paragraph__number=int(number),
            ordinal=ordinal,
        )

    def decided(self):
        """What the Committee decided; not what was only proposed to it."""
        return self.filter(decided_condition())

    def in_report_order(self):
        return self.order_by(
            "session__number", "paragraph__document__sort_key", "paragraph__number", "ordinal"
        )


class DecisionKind(models.TextChoices):
    NOTED = "noted", pgettext_lazy("decision verb", "noted")
    APPROVED = "approved", pgettext_lazy("decision verb", "approved")
    AGREED = "agreed", pgettext_lazy("decision verb", "agreed")
    ADOPTED = "adopted", pgettext_lazy("decision verb", "adopted")
    NOT_ADOPTED = "not_adopted", pgettext_lazy("decision verb", "did not adopt")
    NOT_APPROVED = "not_approved", pgettext_lazy("decision verb", "did not approve")
    REQUESTED = "requested", pgettext_lazy("decision verb", "requested")
    ENCOURAGED = "encouraged", pgettext_lazy("decision verb", "encouraged")
    CONSIDERED = "considered", pgettext_lazy("decision verb", "considered")
    ELECTED = "elected", pgettext_lazy("decision verb", "elected")
    SUPPORTED = "supported", pgettext_lazy("decision verb", "supported")
    ASSIGNED = "assigned", pgettext_lazy("decision verb", "assigned")
    REVIEWED = "reviewed", pgettext_lazy("decision verb", "reviewed")


# How a proposal reads: what the Committee was asked to do, never as if it had done it.
PROPOSED_ACTIONS = {
    DecisionKind.NOTED: _("proposal: to note"),
    DecisionKind.APPROVED: _("proposal: to approve"),
    DecisionKind.AGREED: _("proposal: to agree"),
    DecisionKind.ADOPTED: _("proposal: to adopt"),
    DecisionKind.NOT_ADOPTED: _("proposal: not to adopt"),
    DecisionKind.NOT_APPROVED: _("proposal: not to approve"),
    DecisionKind.REQUESTED: _("proposal: to request"),
    DecisionKind.ENCOURAGED: _("proposal: to encourage"),
    DecisionKind.CONSIDERED: _("proposal: to consider"),
    DecisionKind.ELECTED: _("proposal: to elect"),
    DecisionKind.SUPPORTED: _("proposal: to support"),
    DecisionKind.ASSIGNED: _("proposal: to assign"),
    DecisionKind.REVIEWED: _("proposal: to review"),
}


class DecisionNature(models.TextChoices):
    DECISION = "decision", _("decision of the Committee")
    PROPOSAL = "proposal", _("proposal to the Committee")


class Decision(NaturalKeyModel):
    """One conclusion of the Committee, as worded in one paragraph of a report.

    A paragraph can hold several decisions (``ordinal`` 1, 2, ...). ``nature`` keeps apart what
    the Committee decided from what a working document only proposed ("The CWS is invited
    to ...") or what a Task Force proposed and the Committee did not take up.
    What a decision did to Tasks, Standards and Task Forces is kept as their history events
    (tasks.TaskEvent, standards.StandardEvent, tasks.TaskForceEvent), which link back here.
    """

    Kind = DecisionKind

    Nature = DecisionNature

    session = models.ForeignKey(
        Session, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("session")
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decisions",
        verbose_name=_("agenda item"),
    )
    paragraph = source_paragraph("decisions")
    ordinal = models.PositiveSmallIntegerField(
        _("ordinal in the paragraph"),
        default=1,
        help_text=_("1 for the first decision a paragraph records, 2 for the next, ..."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    nature = models.CharField(
        _("nature"), max_length=10, choices=Nature.choices, default=Nature.DECISION
    )
    text = models.TextField(
        _("wording"), help_text=_("The words of the paragraph that record it, verbatim.")
    )
    documents = models.ManyToManyField(
        Document,
        blank=True,
        related_name="decisions_acting_on",
        verbose_name=_("documents acted on"),
    )
    note = note_field()
    history = HistoricalRecords(m2m_fields=["documents"])

    objects = DecisionQuerySet.as_manager()
    NATURAL_KEY = ("paragraph__document__symbol", "paragraph__part", "paragraph__number", "ordinal")
    CITED_WITH = ("session", "paragraph__document")

    class Meta:
        ordering = [
            "session__number",
            "paragraph__document__sort_key",
            "paragraph__number",
            "ordinal",
        ]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            choices_check("kind", DecisionKind, "decision_kind_valid"),
            choices_check("nature", DecisionNature, "decision_nature_valid"),
            models.UniqueConstraint(
                fields=["paragraph", "ordinal"], name="decision_unique_in_paragraph"
            ),
        ]

    def __str__(self):
        return f"{self.session}: {self.outcome} ({self.paragraph})"

    @property
    def is_proposal(self):
        return self.nature == DecisionNature.PROPOSAL

    @staticmethod
    def natures_of(decisions):
        """What a list of decisions holds: "decision", "proposal", "mixed", or "" if empty;
        so that a heading says "proposals" over a list of proposals."""
        natures = {decision.nature for decision in decisions}
        return natures.pop() if len(natures) == 1 else ("mixed" if natures else "")

    @classmethod
    def cited_as(cls, decisions):
        """How a document page heads the decisions that cite a paragraph
        (``records.citations``)."""
        return {
            DecisionNature.PROPOSAL: _("proposals"),
            "mixed": _("decisions and proposals"),
        }.get(cls.natures_of(decisions), cls._meta.verbose_name_plural)

    @property
    def outcome(self):
        """ "approved" for a decision; "proposal: to approve" for what was only proposed."""
        return PROPOSED_ACTIONS[self.kind] if self.is_proposal else self.get_kind_display()

    def get_absolute_url(self):
        """The decision's own page, its permalink: "/decisions/CWS/12/29/146/1/"."""
        paragraph = self.paragraph
        return reverse(
            "decision_detail", args=[paragraph.document.symbol, paragraph.key, self.ordinal]
        )

    def get_session_url(self):
        """Where the session's page shows it, among the other outcomes of its agenda item."""
        return f"{self.session.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        """An id for the decision on its session's page: "d-cws-12-29-146-1"."""
        return f"d-{self.paragraph.slug}-{self.ordinal}"

    @property
    def citation(self):
        return cite(self.paragraph, self.ordinal)

    def clean(self):
        errors = {}
        if (
            self.agenda_item_id
            and self.session_id
            and self.agenda_item.session_id != self.session_id
        ):
            errors["agenda_item"] = _("This agenda item belongs to another session.")
        if self.paragraph_id and self.text and not contains_wording(self.paragraph.text, self.text):
            errors["text"] = _("The wording must appear, word for word, in the cited paragraph.")
        if errors:
            raise ValidationError(errors)
