"""Filters that every list and API of records shares."""

import django_filters
from django.db.models import Q
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field


@extend_schema_field(OpenApiTypes.INT)
class NumberChoiceFilter(django_filters.ModelChoiceFilter):
    """A record chosen by its number (a session, a Task): `?session=12`."""


@extend_schema_field(OpenApiTypes.STR)
class CodeChoiceFilter(django_filters.ModelChoiceFilter):
    """A record chosen by its code, name or identifier: `?standard=ST.92`."""


def record_filter(model, identifier, label, empty_label=None, **options):
    """A record chosen by its identifier: `?session=12`, `?standard=ST.92`, `?task_force=api`.
    A menu of the records; a text box once there are many (``records.listing``)."""
    is_number = model._meta.get_field(identifier).get_internal_type().endswith("IntegerField")
    kind = NumberChoiceFilter if is_number else CodeChoiceFilter
    if empty_label is not None:
        options["empty_label"] = empty_label
    return kind(label=label, queryset=model.objects.all(), to_field_name=identifier, **options)


def words(label, *fields):
    """A text box: every word must appear in one of ``fields``."""
    return django_filters.CharFilter(label=label, method=words_filter(*fields))


def words_filter(*fields):
    """A filter method: every word must appear in one of ``fields``."""

    def method(queryset, name, value):
        for word in value.split()[:10]:
            condition = Q()
            for field in fields:
                condition |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(condition)
        return queryset

    return method


def related(model, name):
    """The model at the other end of ``model``'s relation ``name``, reverse relations included.

    An app reaches the records of the apps above it (a decision's Tasks) through the relations
    those apps declare, without importing them: the dependencies between apps point one way.
    """
    return model._meta.get_field(name).related_model
