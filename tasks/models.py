"""Tasks of the CWS work program, the Task Forces that carry them out, and what they report."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from records.dates import format_range, precision_constraints, precision_field
from records.models import NaturalKeyModel, RecordQuerySet, choices_check, note_field
from sessions.events import EVENT_KEY, DecisionEvent, EventQuerySet, event_constraints
from sessions.models import source_paragraph


class TaskForceStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("task force status", "active")
    RESTARTED = "restarted", pgettext_lazy("task force status", "restarted")
    INACTIVE = "inactive", pgettext_lazy("task force status", "inactive")


class TaskForceQuerySet(RecordQuerySet):
    def for_detail(self):
        """A Task Force's page: leaders, Tasks, progress reports with their work plan and
        findings, and its history."""
        return self.prefetch_related(
            "leaders",
            "tasks",
            models.Prefetch("progress_reports", queryset=ProgressReport.objects.for_detail()),
            models.Prefetch("events", queryset=TaskForceEvent.objects.timeline()),
        )


class TaskForce(NaturalKeyModel):
    """A CWS Task Force, keyed by its name ("IP Data Exchange Task Force")."""

    Status = TaskForceStatus

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(
        _("identifier in web addresses"),
        max_length=120,
        unique=True,
        help_text=_('Lower case with hyphens, e.g. "ip-data-exchange".'),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        blank=True,
        default="",
        help_text=_("Empty where no document states it."),
    )
    leaders = models.ManyToManyField(
        "cws_sessions.Office",
        blank=True,
        related_name="led_task_forces",
        verbose_name=_("leader or co-leaders"),
    )
    decisions = models.ManyToManyField(
        "cws_sessions.Decision",
        through="TaskForceEvent",
        related_name="task_forces",
        blank=True,
        verbose_name=_("decisions"),
    )
    note = note_field()
    history = HistoricalRecords(m2m_fields=["leaders"])

    objects = TaskForceQuerySet.as_manager()
    NATURAL_KEY = ("name",)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Task Force")
        verbose_name_plural = _("Task Forces")
        constraints = [choices_check("status", TaskForceStatus, "task_force_status_valid", True)]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("task_force_detail", args=[self.slug])


class TaskStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("task status", "active")
    IN_ABEYANCE = "in_abeyance", pgettext_lazy("task status", "in abeyance")
    COMPLETED = "completed", pgettext_lazy("task status", "completed")
    DISCONTINUED = "discontinued", pgettext_lazy("task status", "discontinued")


class TaskQuerySet(RecordQuerySet):
    def for_list(self):
        return self.select_related("task_force").prefetch_related("standards")

    def with_history(self):
        """Tasks with their history events in order (the API's rows, the work program)."""
        return self.for_list().prefetch_related(
            models.Prefetch("events", queryset=TaskEvent.objects.timeline())
        )

    def for_detail(self):
        return self.with_history().prefetch_related(
            "task_force__leaders",
            models.Prefetch(
                "progress_reports",
                queryset=ProgressReport.objects.select_related("document", "session"),
            ),
        )


class Task(NaturalKeyModel):
    """A Task of the work program, keyed by its number (Task No. 67 is ``number=67``)."""

    Status = TaskStatus

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    description = models.TextField(
        _("current description"),
        blank=True,
        default="",
        help_text=_("As last approved; empty where no document quotes it."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        blank=True,
        default="",
        help_text=_("Empty where no document states it."),
    )
    task_force = models.ForeignKey(
        TaskForce,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name=_("Task Force"),
    )
    standards = models.ManyToManyField(
        "standards.Standard",
        blank=True,
        related_name="tasks",
        verbose_name=_("Standards it maintains"),
    )
    decisions = models.ManyToManyField(
        "cws_sessions.Decision",
        through="TaskEvent",
        related_name="tasks",
        blank=True,
        verbose_name=_("decisions"),
    )
    note = note_field()
    history = HistoricalRecords(m2m_fields=["standards"])

    objects = TaskQuerySet.as_manager()
    NATURAL_KEY = ("number",)

    class Meta:
        ordering = ["number"]
        verbose_name = _("Task")
        verbose_name_plural = _("Tasks")
        constraints = [choices_check("status", TaskStatus, "task_status_valid", True)]

    def __str__(self):
        """The Task's name in exports, the API and the admin's history: always English."""
        return f"Task No. {self.number}"

    @property
    def display_name(self):
        """The Task's name on a page, in the interface language ("Tâche n° 24")."""
        return _("Task No. %(number)s") % {"number": self.number}

    def get_absolute_url(self):
        return reverse("task_detail", args=[self.number])


class TaskEventKind(models.TextChoices):
    CREATED = "created", _("created")
    CREATION_PROPOSED = "creation_proposed", _("creation proposed")
    DESCRIPTION_REVISED = "description_revised", _("description revised")
    REVISION_PROPOSED = "revision_proposed", _("revision proposed")
    REVISION_NOT_APPROVED = "revision_not_approved", _("revision not approved")
    ASSIGNED = "assigned", _("assigned to a Task Force")
    PROGRESS_REPORTED = "progress_reported", _("progress reported")
    STATUS_CHANGED = "status_changed", _("status changed")
    REFERENCED = "referenced", _("referred to")


class TaskEventQuerySet(EventQuerySet):
    def timeline(self):
        return super().timeline().select_related("task_force")


class TaskEvent(DecisionEvent):
    """Something a session did with a Task, with the wording of its description at that point."""

    Kind = TaskEventKind

    task = models.ForeignKey(
        Task, on_delete=models.PROTECT, related_name="events", verbose_name=_("Task")
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    description = models.TextField(
        _("description as worded"),
        blank=True,
        default="",
        help_text=_("The Task description this event set or proposed, verbatim."),
    )
    task_force = models.ForeignKey(
        TaskForce,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="task_events",
        verbose_name=_("Task Force"),
        help_text=_("For an assignment: the Task Force."),
    )
    status = models.CharField(
        _("new status"), max_length=12, choices=Task.Status.choices, blank=True, default=""
    )

    objects = TaskEventQuerySet.as_manager()
    SUBJECT = "task"
    NATURAL_KEY = ("task__number", *EVENT_KEY)

    class Meta:
        ordering = ["task__number", "session__number", "pk"]
        verbose_name = _("Task history event")
        verbose_name_plural = _("Task history events")
        constraints = [
            choices_check("kind", TaskEventKind, "task_event_kind_valid"),
            choices_check("status", Task.Status, "task_event_status_valid", True),
            *event_constraints("task_event", "task"),
        ]

    def __str__(self):
        return f"{self.task} {self.get_kind_display()} ({self.cited})"


class TaskForceEventKind(models.TextChoices):
    ESTABLISHED = "established", _("established")
    RESTARTED = "restarted", _("restarted")
    LEADERS_DESIGNATED = "leaders_designated", _("leaders designated")
    TASK_ASSIGNED = "task_assigned", _("Task assigned")
    PROGRESS_REPORTED = "progress_reported", _("progress reported")
    REFERENCED = "referenced", _("referred to")


class TaskForceEvent(DecisionEvent):
    """Something a session did with a Task Force: established, restarted, leaders designated..."""

    Kind = TaskForceEventKind

    task_force = models.ForeignKey(
        TaskForce, on_delete=models.PROTECT, related_name="events", verbose_name=_("Task Force")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)

    SUBJECT = "task_force"
    NATURAL_KEY = ("task_force__name", *EVENT_KEY)

    class Meta:
        ordering = ["task_force__name", "session__number", "pk"]
        verbose_name = _("Task Force history event")
        verbose_name_plural = _("Task Force history events")
        constraints = [
            choices_check("kind", TaskForceEventKind, "task_force_event_kind_valid"),
            *event_constraints("task_force_event", "task_force"),
        ]

    def __str__(self):
        return f"{self.task_force} {self.get_kind_display()} ({self.cited})"


class ProgressReportQuerySet(RecordQuerySet):
    def for_detail(self):
        """A report with its Tasks, surveys, work plan (milestones) and findings."""
        return self.select_related(
            "document", "session", "task_force", "presented_by", "paragraph__document"
        ).prefetch_related(
            "tasks",
            "surveys",
            models.Prefetch(
                "milestones", queryset=Milestone.objects.select_related("paragraph__document")
            ),
            models.Prefetch(
                "items", queryset=ReportItem.objects.select_related("paragraph__document")
            ),
        )


class ProgressReport(NaturalKeyModel):
    """A Task Force's progress report to a session, keyed by its document."""

    document = models.OneToOneField(
        "cws_sessions.Document",
        on_delete=models.PROTECT,
        related_name="progress_report",
        verbose_name=_("document"),
    )
    task_force = models.ForeignKey(
        TaskForce,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="progress_reports",
        verbose_name=_("Task Force"),
        help_text=_("Empty for a Task reported on by its leader without a Task Force."),
    )
    session = models.ForeignKey(
        "cws_sessions.Session",
        on_delete=models.PROTECT,
        related_name="progress_reports",
        verbose_name=_("session"),
    )
    tasks = models.ManyToManyField(
        Task, blank=True, related_name="progress_reports", verbose_name=_("Tasks reported on")
    )
    presented_by = models.ForeignKey(
        "cws_sessions.Office",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="presented_reports",
        verbose_name=_("presented by"),
    )
    paragraph = source_paragraph(
        "progress_reports",
        help_text=_("Where the report is summarized or discussed."),
    )
    note = note_field()
    history = HistoricalRecords(m2m_fields=["tasks"])

    objects = ProgressReportQuerySet.as_manager()
    NATURAL_KEY = ("document__symbol",)
    CITED_WITH = ("document", "task_force")

    class Meta:
        ordering = ["session__number", "document__sort_key"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")

    def __str__(self):
        return f"{self.document.symbol} ({self.task_force or _('no Task Force')})"

    def get_absolute_url(self):
        """Its place on its Task Force's page, or its document where it has no Task Force."""
        if self.task_force_id is None:
            return self.document.get_absolute_url()
        return f"{self.task_force.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        return "report-" + "".join(
            ch if ch.isalnum() else "-" for ch in self.document.symbol.lower()
        )


class ReportItemKind(models.TextChoices):
    PLANNED_ACTION = "planned_action", _("planned action")
    CHALLENGE = "challenge", _("challenge")
    KEY_FINDING = "key_finding", _("key finding")
    PROPOSED_SOLUTION = "proposed_solution", _("proposed solution")
    BENEFIT = "benefit", _("benefit")


class ReportItem(NaturalKeyModel):
    """One structured line of a progress report: a challenge, a planned action, a solution..."""

    Kind = ReportItemKind

    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="items", verbose_name=_("report")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    order = models.PositiveSmallIntegerField(_("order"))
    heading = models.CharField(
        _("heading or area"),
        max_length=200,
        blank=True,
        default="",
        help_text=_('The area or group it is listed under, e.g. "Technical".'),
    )
    text = models.TextField(_("text"))
    paragraph = source_paragraph("report_items")
    note = note_field()
    history = HistoricalRecords()

    NATURAL_KEY = ("report__document__symbol", "kind", "order")
    CITED_WITH = ("report__document", "report__task_force")

    class Meta:
        ordering = ["report", "kind", "order"]
        verbose_name = _("report item")
        verbose_name_plural = _("report items")
        constraints = [
            choices_check("kind", ReportItemKind, "report_item_kind_valid"),
            models.UniqueConstraint(fields=["report", "kind", "order"], name="report_item_unique"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"

    def get_absolute_url(self):
        return self.report.get_absolute_url()


class Milestone(NaturalKeyModel):
    """A step of a Task Force's work plan with the months it is planned for."""

    report = models.ForeignKey(
        ProgressReport,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("report"),
    )
    order = models.PositiveSmallIntegerField(_("order"))
    description = models.TextField(_("description"))
    start_date = models.DateField(_("planned start"), null=True, blank=True)
    end_date = models.DateField(_("planned end"), null=True, blank=True)
    date_precision = precision_field()
    paragraph = source_paragraph("milestones")
    note = note_field()
    history = HistoricalRecords()

    NATURAL_KEY = ("report__document__symbol", "order")
    CITED_WITH = ("report__document", "report__task_force")

    class Meta:
        ordering = ["report", "order"]
        verbose_name = _("work-plan milestone")
        verbose_name_plural = _("work-plan milestones")
        constraints = [
            *precision_constraints("milestone"),
            models.UniqueConstraint(fields=["report", "order"], name="milestone_unique_order"),
        ]

    def __str__(self):
        return self.description[:80]

    def get_absolute_url(self):
        return self.report.get_absolute_url()

    @property
    def when(self):
        return format_range(self.start_date, self.end_date, self.date_precision)


class SurveyQuerySet(RecordQuerySet):
    def for_detail(self):
        """A survey with every row of its result tables, in order."""
        results = SurveyResult.objects.select_related("standard", "paragraph__document")
        return self.select_related(
            "report__document", "report__task_force", "paragraph__document"
        ).prefetch_related(
            "respondents", models.Prefetch("results", queryset=results.order_by("table", "order"))
        )


class Survey(NaturalKeyModel):
    """A survey run by a Task Force, with the offices that answered it."""

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300)
    report = models.ForeignKey(
        ProgressReport,
        on_delete=models.PROTECT,
        related_name="surveys",
        verbose_name=_("reported in"),
    )
    start_date = models.DateField(_("opened"), null=True, blank=True)
    end_date = models.DateField(_("closed"), null=True, blank=True)
    date_precision = precision_field()
    stated_respondents = models.PositiveSmallIntegerField(
        _("respondents (as stated)"), null=True, blank=True
    )
    respondents = models.ManyToManyField(
        "cws_sessions.Office",
        blank=True,
        related_name="surveys_answered",
        verbose_name=_("responding offices"),
    )
    paragraph = source_paragraph("surveys")
    note = note_field()
    history = HistoricalRecords(m2m_fields=["respondents"])

    objects = SurveyQuerySet.as_manager()
    NATURAL_KEY = ("slug",)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        constraints = precision_constraints("survey")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("survey_detail", args=[self.slug])

    @property
    def period(self):
        return format_range(self.start_date, self.end_date, self.date_precision)


class SurveyResultTable(models.TextChoices):
    NATIONAL_LAWS = "national_laws", _("national laws governing IP data exchange")
    IP_DOMAINS = "ip_domains", _("IP domains exchanged")
    DATA_TYPES = "data_types", _("types of IP data exchanged")
    FILE_FORMATS = "file_formats", _("file formats used")
    STANDARDS_USED = "standards_used", _("WIPO Standards used")
    SHARING_CHALLENGES = "sharing_challenges", _("challenges in sharing IP data")
    COLLECTING_CHALLENGES = "collecting_challenges", _("challenges in collecting IP data")


class SurveyResult(NaturalKeyModel):
    """One row of a survey's result tables: a label, the count of offices, any remark."""

    Table = SurveyResultTable

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="results", verbose_name=_("survey")
    )
    table = models.CharField(_("table"), max_length=24, choices=Table.choices)
    group = models.CharField(
        _("group"),
        max_length=120,
        blank=True,
        default="",
        help_text=_('The sub-table, e.g. "Technical Challenges".'),
    )
    label = models.CharField(_("label"), max_length=300)
    count = models.PositiveSmallIntegerField(
        _("number of offices"),
        null=True,
        blank=True,
        help_text=_("Empty where the table gives no count."),
    )
    standard = models.ForeignKey(
        "standards.Standard",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="survey_results",
        verbose_name=_("WIPO Standard"),
    )
    remarks = models.TextField(_("analysis or remarks"), blank=True, default="")
    order = models.PositiveSmallIntegerField(_("order"))
    paragraph = source_paragraph("survey_results")
    note = note_field()
    history = HistoricalRecords()

    NATURAL_KEY = ("survey__slug", "table", "group", "label")
    CITED_WITH = ("survey",)

    class Meta:
        ordering = ["survey", "table", "order"]
        verbose_name = _("survey result")
        verbose_name_plural = _("survey results")
        constraints = [
            choices_check("table", SurveyResultTable, "survey_result_table_valid"),
            models.UniqueConstraint(
                fields=["survey", "table", "group", "label"], name="survey_result_unique"
            ),
        ]

    def __str__(self):
        return f"{self.label}: {self.count if self.count is not None else '—'}"

    def get_absolute_url(self):
        return f"{self.survey.get_absolute_url()}#{self.table}"
