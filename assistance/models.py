"""The International Bureau's yearly reports on technical advice and assistance, as records."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from records.dates import format_range, precision_constraints, precision_field
from records.models import NaturalKeyModel, RecordQuerySet, choices_check, note_field
from sessions.models import source_paragraph


class AssistanceReport(NaturalKeyModel):
    """One yearly report (CWS/12/25 covers 2023), keyed by the year it covers."""

    document = models.OneToOneField(
        "cws_sessions.Document",
        on_delete=models.PROTECT,
        related_name="assistance_report",
        verbose_name=_("document"),
    )
    year = models.PositiveSmallIntegerField(_("year covered"), unique=True)
    paragraph = source_paragraph(
        "assistance_reports",
        help_text=_("Where the report names its year."),
    )
    note = note_field()
    history = HistoricalRecords()

    NATURAL_KEY = ("year",)
    CITED_WITH = ("document",)

    class Meta:
        ordering = ["year"]
        verbose_name = _("technical-assistance report")
        verbose_name_plural = _("technical-assistance reports")

    def __str__(self):
        return f"{self.document.symbol} ({self.year})"

    def get_absolute_url(self):
        return f"{reverse('technical_assistance')}?year={self.year}"


class ActivityKind(models.TextChoices):
    TRAINING = "training", _("training or webinar")
    TECHNICAL_ADVICE = "technical_advice", _("technical advice")
    SOFTWARE = "software", _("software development")
    KNOWLEDGE_BASE = "knowledge_base", _("knowledge base or support")
    BUSINESS_SOLUTIONS = "business_solutions", _("IP Office Business Solutions")
    DIGITIZATION = "digitization", _("OCR and full-text digitization")
    DATA_COLLECTION = "data_collection", _("collection added to a WIPO database")
    FUNDED_PARTICIPATION = "funded_participation", _("funded participation")
    PROOF_OF_CONCEPT = "proof_of_concept", _("proof of concept")


class ActivityPlatform(models.TextChoices):
    PATENTSCOPE = "patentscope", _("PATENTSCOPE")
    GLOBAL_BRAND_DATABASE = "global_brand_database", _("Global Brand Database")
    GLOBAL_DESIGN_DATABASE = "global_design_database", _("Global Design Database")
    WIPO_SEQUENCE = "wipo_sequence", _("WIPO Sequence Suite")


class ActivityQuerySet(RecordQuerySet):
    def for_list(self):
        return (
            self.select_related("report__document", "paragraph__document")
            .prefetch_related("offices", "standards")
            .order_by("report__year", "order")
        )


class Activity(NaturalKeyModel):
    """One activity a report describes: a training, advice, software, a data collection..."""

    Kind = ActivityKind

    Platform = ActivityPlatform

    report = models.ForeignKey(
        AssistanceReport,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("report"),
    )
    order = models.PositiveSmallIntegerField(_("order in the report"))
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True, default="")
    platform = models.CharField(
        _("platform"), max_length=24, choices=Platform.choices, blank=True, default=""
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    date_precision = precision_field()
    offices = models.ManyToManyField(
        "cws_sessions.Office",
        blank=True,
        related_name="assistance_activities",
        verbose_name=_("offices or countries"),
        help_text=_("Those trained, advised, or whose collections were added."),
    )
    standards = models.ManyToManyField(
        "standards.Standard",
        blank=True,
        related_name="assistance_activities",
        verbose_name=_("WIPO Standards concerned"),
    )
    paragraph = source_paragraph("assistance_activities")
    note = note_field()
    history = HistoricalRecords(m2m_fields=["offices", "standards"])

    objects = ActivityQuerySet.as_manager()
    NATURAL_KEY = ("report__year", "order")
    CITED_WITH = ("report", "paragraph__document")

    class Meta:
        ordering = ["report__year", "order"]
        verbose_name = _("technical-assistance activity")
        verbose_name_plural = _("technical-assistance activities")
        constraints = [
            choices_check("kind", ActivityKind, "activity_kind_valid"),
            choices_check("platform", ActivityPlatform, "activity_platform_valid", True),
            *precision_constraints("activity"),
            models.UniqueConstraint(fields=["report", "order"], name="activity_unique_order"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        """An activity has no page of its own: its paragraph in the report."""
        return self.paragraph.get_absolute_url()

    @property
    def when(self):
        return format_range(self.start_date, self.end_date, self.date_precision)


class FigureMetric(models.TextChoices):
    IPOS_USING_BUSINESS_SOLUTIONS = (
        "ipos_using_business_solutions",
        _("IPOs using IP Office Business Solutions"),
    )
    IPOS_IN_CASE_DAS = "ipos_in_case_das", _("IPOs in WIPO CASE or DAS")
    IPOS_TRAINED_OCR = "ipos_trained_ocr", _("IPOs given the OCR software and trained")
    IPOS_OCR_IN_PRODUCTION = "ipos_ocr_in_production", _("IPOs running the OCR in production")
    DOCUMENTS_OCRED = "documents_ocred", _("patent documents OCRed or made full text")
    TRAINING_WEBINARS = "training_webinars", _("training webinars held")
    WEBINAR_LANGUAGES = "webinar_languages", _("languages of the training webinars")
    FUNDED_COUNTRIES = "funded_countries", _("countries whose participation was funded")
    WEBINARS_PRESENTED = "webinars_presented", _("webinars the IB presented at")
    CHROMOSOMES_TRANSLATED = "chromosomes_translated", _("chromosomes translated to ST.26")


class Figure(NaturalKeyModel):
    """A number a report gives, under a stable metric name so that years can be compared."""

    Metric = FigureMetric

    report = models.ForeignKey(
        AssistanceReport,
        on_delete=models.CASCADE,
        related_name="figures",
        verbose_name=_("report"),
    )
    metric = models.CharField(_("metric"), max_length=40, choices=Metric.choices)
    office = models.ForeignKey(
        "cws_sessions.Office",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assistance_figures",
        verbose_name=_("office"),
        help_text=_("Where the figure is given for one office."),
    )
    value = models.PositiveIntegerField(_("value"))
    year = models.PositiveSmallIntegerField(
        _("year it refers to"), help_text=_("As printed, even where it looks like a slip.")
    )
    qualifier = models.CharField(
        _("qualifier"),
        max_length=200,
        blank=True,
        default="",
        help_text=_(
            'What the number is of, as printed: "at the end of 2021", "in the last five years".'
        ),
    )
    paragraph = source_paragraph("assistance_figures")
    note = note_field()
    history = HistoricalRecords()

    NATURAL_KEY = ("report__year", "metric", "office__name")
    CITED_WITH = ("report", "office")

    class Meta:
        ordering = ["metric", "report__year"]
        verbose_name = _("technical-assistance figure")
        verbose_name_plural = _("technical-assistance figures")
        constraints = [
            choices_check("metric", FigureMetric, "figure_metric_valid"),
            models.UniqueConstraint(
                fields=["report", "metric", "office"],
                name="figure_unique_per_office",
                condition=models.Q(office__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["report", "metric"],
                name="figure_unique_overall",
                condition=models.Q(office__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.get_metric_display()}: {self.value} ({self.year})"

    def get_absolute_url(self):
        return f"{reverse('technical_assistance')}#figures"
