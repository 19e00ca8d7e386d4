"""Dates that the documents give only to the month or the year."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


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
