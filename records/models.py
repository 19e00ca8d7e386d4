"""What every record model shares: a natural key derived from ``NATURAL_KEY``, choice
constraints, and the records version that the page cache is keyed on.

A record is identified by what the Committee itself uses (a session number, a document symbol,
a Standard's code), never by the database id: fixtures, backups and URLs use those keys.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def choices_check(field, choices, name, allow_blank=False):
    """A CheckConstraint that keeps ``field`` inside a TextChoices vocabulary."""
    allowed = list(choices.values) + ([""] if allow_blank else [])
    return models.CheckConstraint(condition=Q(**{f"{field}__in": allowed}), name=name)


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
