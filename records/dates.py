"""Dates that the documents give only to the month or the year: one vocabulary of precisions,
the constraints that keep a date and its precision together, and how such a date is shown."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from records.models import choices_check


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


def precision_field():
    return models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, blank=True, default=""
    )


def precision_constraints(prefix, start="start_date", end="end_date"):
    """A valid precision, given exactly when the date is; an end no earlier than the start.
    ``end=None`` for a single date."""
    constraints = [
        choices_check("date_precision", DatePrecision, f"{prefix}_precision_valid", True),
        models.CheckConstraint(
            condition=models.Q(**{f"{start}__isnull": True, "date_precision": ""})
            | models.Q(**{f"{start}__isnull": False}) & ~models.Q(date_precision=""),
            name=f"{prefix}_date_has_precision",
        ),
    ]
    if end:
        constraints.append(
            models.CheckConstraint(
                condition=models.Q(**{f"{end}__isnull": True})
                | models.Q(**{f"{start}__isnull": False, f"{end}__gte": models.F(start)}),
                name=f"{prefix}_dates_ordered",
            )
        )
    return constraints


def format_date(value, precision):
    """Show a date no more precisely than the source gave it."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{value:%B %Y}"
    return f"{value:%B} {value.day}, {value:%Y}"


def format_range(start, end, precision):
    if start is None:
        return ""
    if end is None or end == start:
        return format_date(start, precision)
    return f"{format_date(start, precision)} – {format_date(end, precision)}"
