"""What every record model shares: a natural key derived from ``NATURAL_KEY``, choice
constraints, and the records version that the page cache is keyed on.

A record is identified by what the Committee itself uses (a session number, a document symbol,
a Standard's code), never by the database id: fixtures, backups and URLs use those keys.
"""

from functools import cache

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


def choices_check(field, choices, name, allow_blank=False):
    """A CheckConstraint that keeps ``field`` inside a TextChoices vocabulary."""
    allowed = list(choices.values) + ([""] if allow_blank else [])
    return models.CheckConstraint(condition=Q(**{f"{field}__in": allowed}), name=name)


def count_of(model, link, condition=None):
    """The number of ``model`` rows whose ``link`` is the outer row, meeting ``condition``: a
    correlated subquery, so that several counts on one row never multiply each other's joins
    (``Count("a") + Count("b")`` would join both tables and count their product)."""
    rows = (
        model.objects.filter(condition or Q(), **{link: models.OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(n=models.Count("pk"))
        .values("n")
    )
    return Coalesce(models.Subquery(rows), 0)


@cache
def choice_labels(field):
    """{value: label (lazily translated)} of a field with choices, made once per field."""
    return dict(field.flatchoices)


def note_field():
    """The curators' note every record has: where a judgement was made, and why."""
    return models.TextField(_("curator's note"), blank=True, default="")


class RecordQuerySet(models.QuerySet):
    """The base of every record QuerySet: finds a record by its natural key."""

    def get_by_natural_key(self, *key):
        return self.get(**dict(zip(self.model.NATURAL_KEY, key, strict=True)))

    def for_citation(self):
        """Rows as a page of what cites a paragraph shows them (``records.citations``)."""
        return self.select_related(*self.model.CITED_WITH)


class NaturalKeyModel(models.Model):
    """A record whose natural key is the tuple of its ``NATURAL_KEY`` lookups, in order.

    ``NATURAL_KEY = ("paragraph__document__symbol", "ordinal")`` gives
    ``natural_key() == ("CWS/12/29", 1)`` and ``get_by_natural_key("CWS/12/29", 1)``; a lookup
    through an empty relation gives ``None``.
    """

    NATURAL_KEY = ()
    # The relations that ``__str__`` and ``get_absolute_url`` follow (``records.citations``).
    CITED_WITH = ()

    objects = RecordQuerySet.as_manager()

    class Meta:
        abstract = True

    def _get_FIELD_display(self, field):
        """What ``get_kind_display()`` and the like give (Django's own method, made cheap): the
        label of the field's value in the active language. Django rebuilds a dictionary of every
        choice on each call, hashing each lazily translated label (a translation lookup per
        choice, per row); here the dictionary is built once per field and only the label shown
        is translated."""
        value = getattr(self, field.attname)
        return force_str(choice_labels(field).get(value, value), strings_only=True)

    def natural_key(self):
        key = []
        for lookup in self.NATURAL_KEY:
            value = self
            for name in lookup.split("__"):
                value = None if value is None else getattr(value, name)
            key.append(value)
        return tuple(key)


class RecordsVersion(models.Model):
    """One row: a counter bumped whenever any record changes. Cached public pages and their
    ETags are keyed on it, so a change is visible on the very next request, in every process
    (see ``records.version``). It is state of the page cache, not a record."""

    number = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("records version")
        verbose_name_plural = _("records version")

    def __str__(self):
        return f"version {self.number} ({self.changed_at:%Y-%m-%d %H:%M:%S})"


class ImportStatus(models.TextChoices):
    DRAFT = "draft", _("draft, in review")
    PUBLISHED = "published", _("published")
    DISCARDED = "discarded", _("discarded")


class ReportImportQuerySet(models.QuerySet):
    def for_list(self):
        return self.select_related("imported_by", "published_by", "discarded_by").defer(
            "file_data", "draft", "result"
        )

    def drafts(self):
        return self.filter(status=ImportStatus.DRAFT)


class ReportImport(models.Model):
    """A report uploaded for import: the file, the draft read from it, and where it stands.

    Not a record: nothing here is public, backed up with the records, or counted in the
    records version. The draft becomes records only when a reviewer publishes it
    (``records.ingest.imports.publish``), through the loader. Discarding it empties the file,
    the draft and the reviews, and keeps only this line of who did what when. Its history
    (without the file and the draft) says who imported, published or discarded it.
    """

    Status = ImportStatus

    symbol = models.CharField(_("document symbol"), max_length=60)
    session = models.PositiveSmallIntegerField(_("session"))
    create_session = models.BooleanField(
        _("create the session"),
        default=False,
        help_text=_("The session is not in the records: publishing creates it (its number only)."),
    )
    document_kind = models.CharField(
        _("kind of document"),
        max_length=20,
        default="session_report",
        help_text=_("For a document that is not in the records yet."),
    )
    file_name = models.CharField(_("file name"), max_length=255)
    file_data = models.BinaryField(_("file"), blank=True, default=b"")
    draft = models.JSONField(_("draft"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.DRAFT
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )
    imported_at = models.DateTimeField(_("imported at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    discarded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("discarded by"),
    )
    discarded_at = models.DateTimeField(_("discarded at"), null=True, blank=True)
    result = models.JSONField(
        _("what publishing wrote"),
        default=dict,
        blank=True,
        help_text=_("Counts of records written, and the records left as staff changed them."),
    )
    history = HistoricalRecords(excluded_fields=["file_data", "draft", "result"])

    objects = ReportImportQuerySet.as_manager()

    class Meta:
        ordering = ["-imported_at", "-pk"]
        verbose_name = _("report import")
        verbose_name_plural = _("report imports")
        permissions = [("publish_reportimport", _("Can publish a report import"))]
        constraints = [choices_check("status", ImportStatus, "report_import_status_valid")]

    def __str__(self):
        return f"{self.symbol} (CWS/{self.session}, {self.get_status_display()})"

    @property
    def is_draft(self):
        return self.status == ImportStatus.DRAFT


class ReviewItem(models.TextChoices):
    DECISION = "decision", _("decision")
    AGENDA_ITEM = "agenda_item", _("agenda item")


class ReviewAction(models.TextChoices):
    ACCEPTED = "accepted", _("accepted")
    CORRECTED = "corrected", _("corrected")
    REJECTED = "rejected", _("rejected")
    ADDED = "added", _("added")


class ImportReview(models.Model):
    """The reviewer's word on one drafted item of an import: a decision accepted, corrected,
    rejected or added, or an agenda item's title corrected. One row per item, saved on its
    own, so that a draft of any size is reviewed in small forms. An item with no row is
    published as drafted."""

    Item = ReviewItem
    Action = ReviewAction

    report_import = models.ForeignKey(
        ReportImport,
        on_delete=models.CASCADE,
        related_name="reviews",
        verbose_name=_("import"),
    )
    item = models.CharField(_("item"), max_length=12, choices=ReviewItem.choices)
    key = models.CharField(
        _("key"), max_length=40, help_text=_('"body:146:1" for a decision, "8(c)" for an item.')
    )
    action = models.CharField(_("action"), max_length=10, choices=ReviewAction.choices)
    values = models.JSONField(_("corrected values"), default=dict, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), auto_now=True)

    class Meta:
        ordering = ["report_import", "item", "key"]
        verbose_name = _("import review")
        verbose_name_plural = _("import reviews")
        constraints = [
            choices_check("item", ReviewItem, "import_review_item_valid"),
            choices_check("action", ReviewAction, "import_review_action_valid"),
            models.UniqueConstraint(
                fields=["report_import", "item", "key"], name="import_review_unique"
            ),
        ]

    def __str__(self):
        return f"{self.get_item_display()} {self.key}: {self.get_action_display()}"
