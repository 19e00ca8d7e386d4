"""How pages write numbers and dates: in the active language's formats, never fixed in code.

``{{ value|grouped }}``: a number with thousands separators ("22,221"). Years and identifiers
are not numbers to group: write them as they are.
``{% time_of date precision %}``: a date as people read it, in ``<time>`` with its ISO value
(``<time datetime="2024-09-16">September 16, 2024</time>``), no more precise than the source
(``precision`` "day", "month" or "year"; "day" if not given).
``{% time_range start end precision %}``: two such dates joined by a dash, the first without
its year where both fall in one year.
"""

from django import template
from django.utils import formats
from django.utils.html import format_html

from records.dates import DatePrecision, machine_date, range_parts

register = template.Library()


@register.filter
def grouped(value):
    if value is None or value == "":
        return value
    return formats.number_format(value, use_l10n=True, force_grouping=True)


def time_element(value, precision, written):
    return format_html('<time datetime="{}">{}</time>', machine_date(value, precision), written)


@register.simple_tag
def time_of(value, precision=DatePrecision.DAY):
    if value is None:
        return ""
    first, _last = range_parts(value, None, precision or DatePrecision.DAY)
    return time_element(value, precision or DatePrecision.DAY, first)


@register.simple_tag
def time_range(start, end, precision=DatePrecision.DAY):
    if start is None:
        return ""
    precision = precision or DatePrecision.DAY
    first, last = range_parts(start, end, precision)
    if not last:
        return time_element(start, precision, first)
    return format_html(
        "{} – {}", time_element(start, precision, first), time_element(end, precision, last)
    )
