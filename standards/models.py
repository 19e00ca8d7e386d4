"""WIPO Standards and their history: proposals, adoptions, revisions, versions, entry into force."""

from django.db import models
from django.db.models.functions import Length
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sessions.models import NaturalKeyManager, choices_check
from sessions.precision import DatePrecision, format_date
from sessions.provenance import DecisionEventMixin


class StandardStatus(models.TextChoices):
    ADOPTED = "adopted", _("adopted")
    DRAFT = "draft", _("draft, not adopted")


class Standard(models.Model):
    """A WIPO Standard, keyed by its code ("ST.26")."""

    Status = StandardStatus

    code = models.CharField(
        _("code"), max_length=12, unique=True, help_text=_('As "ST.26": "ST." and the number.')
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        default="",
        help_text=_("As a source document gives it; empty where none does."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    decisions = models.ManyToManyField(
        "cws_sessions.Decision",
        through="StandardEvent",
        related_name="standards",
        blank=True,
        verbose_name=_("decisions"),
    )
    note = models.TextField(_("curator's note"), blank=True, default="")
    history = HistoricalRecords()

    objects = NaturalKeyManager()
    NATURAL_KEY = ("code",)

    class Meta:
        ordering = [Length("code"), "code"]
        verbose_name = _("WIPO Standard")
        verbose_name_plural = _("WIPO Standards")
        constraints = [
            choices_check("status", StandardStatus, "standard_status_valid"),
            models.CheckConstraint(
                condition=models.Q(code__startswith="ST."), name="standard_code_format"
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}".strip() if self.title else self.code

    def get_absolute_url(self):
        return reverse("standard_detail", args=[self.code])

    def natural_key(self):
        return (self.code,)


class StandardEventKind(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    ADOPTED = "adopted", _("adopted")
    NOT_ADOPTED = "not_adopted", _("not adopted")
    REVISION_PROPOSED = "revision_proposed", _("revision proposed")
    REVISED = "revised", _("revision approved")
    PUBLISHED = "published", _("version published")
    IN_FORCE = "in_force", _("entered into force")
    IMPLEMENTATION = "implementation", _("implementation reported")
    REFERENCED = "referenced", _("referred to")


class StandardEvent(DecisionEventMixin, models.Model):
    """Something that happened to a Standard, with the paragraph that records it."""

    Kind = StandardEventKind

    standard = models.ForeignKey(
        Standard, on_delete=models.PROTECT, related_name="events", verbose_name=_("standard")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    session = models.ForeignKey(
        "cws_sessions.Session",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="standard_events",
        verbose_name=_("session"),
    )
    decision = models.ForeignKey(
        "cws_sessions.Decision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="standard_events",
        verbose_name=_("decision"),
    )
    paragraph = models.ForeignKey(
        "cws_sessions.Paragraph",
        on_delete=models.PROTECT,
        related_name="standard_events",
        verbose_name=_("source paragraph"),
    )
    version = models.CharField(_("version"), max_length=20, blank=True, default="")
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, blank=True, default=""
    )
    note = models.TextField(_("curator's note"), blank=True, default="")
    history = HistoricalRecords()

    objects = NaturalKeyManager()
    NATURAL_KEY = (
        "standard__code",
        "kind",
        "paragraph__document__symbol",
        "paragraph__part",
        "paragraph__number",
        "decision__ordinal",
    )

    class Meta:
        ordering = ["standard", "session__number", "date", "pk"]
        verbose_name = _("Standard history event")
        verbose_name_plural = _("Standard history events")
        constraints = [
            choices_check("kind", StandardEventKind, "standard_event_kind_valid"),
            choices_check("date_precision", DatePrecision, "standard_event_precision_valid", True),
            models.CheckConstraint(
                condition=models.Q(date__isnull=True, date_precision="")
                | models.Q(date__isnull=False) & ~models.Q(date_precision=""),
                name="standard_event_date_has_precision",
            ),
            models.UniqueConstraint(
                fields=["standard", "kind", "paragraph", "decision"], name="standard_event_unique"
            ),
            models.UniqueConstraint(
                fields=["standard", "kind", "paragraph"],
                condition=models.Q(decision__isnull=True),
                name="standard_event_unique_undecided",
            ),
        ]

    def __str__(self):
        return f"{self.standard.code} {self.get_kind_display()} ({self.paragraph})"

    def natural_key(self):
        return (self.standard.code, self.kind, *self.paragraph.natural_key(), self.decision_ordinal)

    natural_key.dependencies = ["standards.standard", "cws_sessions.paragraph"]

    @property
    def date_display(self):
        return format_date(self.date, self.date_precision)
