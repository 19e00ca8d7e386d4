"""Dates that the documents give only to the month or the year: one vocabulary of precisions,
the constraints that keep a date and its precision together, and how such a date is shown."""

from django.db import models
from django.utils import dateformat, formats
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


# How a date is written at each precision: the active language's named formats (Django's
# locale formats, with the project's own in cws/formats/), never a format fixed in code.
WRITTEN = {DatePrecision.DAY: "DATE_FORMAT", DatePrecision.MONTH: "YEAR_MONTH_FORMAT"}
# ... and for a machine (the datetime attribute of <time>): ISO 8601, as precise as the source.
MACHINE = {DatePrecision.DAY: "Y-m-d", DatePrecision.MONTH: "Y-m"}


def format_date(value, precision=DatePrecision.DAY):
    """A date written no more precisely than the source gave it ("September 16, 2024",
    "December 2025", "2025"), in the active language."""
    if value is None:
        return ""
    return formats.date_format(value, WRITTEN.get(precision, "Y"))


def machine_date(value, precision=DatePrecision.DAY):
    """The same date for machines: "2024-09-16", "2025-12", "2025"."""
    return dateformat.format(value, MACHINE.get(precision, "Y")) if value else ""


def range_parts(start, end, precision=DatePrecision.DAY):
    """(start as written, end as written or "") for a range: the start's year is left out
    where both days fall in one year ("September 16" – "September 19, 2024")."""
    if start is None:
        return "", ""
    if end is None or end == start:
        return format_date(start, precision), ""
    if (precision or DatePrecision.DAY) == DatePrecision.DAY and start.year == end.year:
        return formats.date_format(start, "MONTH_DAY_FORMAT"), format_date(end, precision)
    return format_date(start, precision), format_date(end, precision)


def format_range(start, end, precision=DatePrecision.DAY):
    first, last = range_parts(start, end, precision)
    return f"{first} – {last}" if last else first
