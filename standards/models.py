"""WIPO Standards and their history: proposals, adoptions, revisions, versions, entry into force."""

from django.db import models
from django.db.models.functions import Length
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from records.dates import format_date, precision_constraints, precision_field
from records.models import NaturalKeyModel, RecordQuerySet, choices_check, note_field
from sessions.events import EVENT_KEY, DecisionEvent, EventQuerySet, event_constraints


class StandardStatus(models.TextChoices):
    ADOPTED = "adopted", pgettext_lazy("standard status", "adopted")
    DRAFT = "draft", pgettext_lazy("standard status", "draft, not adopted")


class StandardQuerySet(RecordQuerySet):
    def for_list(self):
        """Standards in code order (ST.3 before ST.26), with the session of their latest
        change and the Tasks that maintain them."""
        return (
            self.annotate(latest=models.Max("events__session__number"), code_length=Length("code"))
            .prefetch_related("tasks")
            .order_by("code_length", "code")
        )

    def with_history(self):
        return self.for_list().prefetch_related(
            models.Prefetch("events", queryset=StandardEvent.objects.timeline())
        )

    def for_detail(self):
        return self.with_history().prefetch_related(
            "tasks__task_force", "survey_results__survey", "survey_results__paragraph__document"
        )


class Standard(NaturalKeyModel):
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
    note = note_field()
    history = HistoricalRecords()

    objects = StandardQuerySet.as_manager()
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


class StandardEventKind(models.TextChoices):
    PROPOSED = "proposed", pgettext_lazy("standard event", "proposed")
    ADOPTED = "adopted", pgettext_lazy("standard event", "adopted")
    NOT_ADOPTED = "not_adopted", pgettext_lazy("standard event", "not adopted")
    REVISION_PROPOSED = "revision_proposed", pgettext_lazy("standard event", "revision proposed")
    REVISED = "revised", pgettext_lazy("standard event", "revision approved")
    PUBLISHED = "published", pgettext_lazy("standard event", "version published")
    IN_FORCE = "in_force", pgettext_lazy("standard event", "entered into force")
    IMPLEMENTATION = "implementation", pgettext_lazy("standard event", "implementation reported")
    REFERENCED = "referenced", pgettext_lazy("standard event", "referred to")


class StandardEventQuerySet(EventQuerySet):
    def timeline(self):
        """In session order, then by the date of the event."""
        return super().timeline().order_by("session__number", "date", "paragraph__number", "pk")


class StandardEvent(DecisionEvent):
    """Something that happened to a Standard, with the paragraph that records it."""

    Kind = StandardEventKind

    standard = models.ForeignKey(
        Standard, on_delete=models.PROTECT, related_name="events", verbose_name=_("standard")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    version = models.CharField(_("version"), max_length=20, blank=True, default="")
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = precision_field()

    objects = StandardEventQuerySet.as_manager()
    SUBJECT = "standard"
    NATURAL_KEY = ("standard__code", *EVENT_KEY)

    class Meta:
        ordering = ["standard", "session__number", "date", "pk"]
        verbose_name = _("Standard history event")
        verbose_name_plural = _("Standard history events")
        constraints = [
            choices_check("kind", StandardEventKind, "standard_event_kind_valid"),
            *precision_constraints("standard_event", start="date", end=None),
            *event_constraints("standard_event", "standard"),
        ]

    def __str__(self):
        return f"{self.standard.code} {self.get_kind_display()} ({self.cited})"

    @property
    def date_display(self):
        return format_date(self.date, self.date_precision)
