"""What every public list offers: filters, active filters, sorting, pagination, export.

A list's export has exactly the filtered rows, and each row is the one its API gives: the list
view names its API viewset (``api_view``), whose query and serializer make the export, filtered
by the page's own filters, so the CSV/JSON export and the API cannot disagree about what a row
holds. The page itself may use a lighter query (it shows less than a row holds).
"""

import csv
import io
import json

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Count, Q
from django.http import HttpResponse, JsonResponse
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django_filters.views import FilterView
from rest_framework import serializers

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A record filter with more choices than this is a text box (its identifier), not a menu.
MAX_MENU_CHOICES = 200


def safe_cell(value):
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_value(value):
    """A field of an API row as one CSV cell: lists of values joined with "; "."""
    if isinstance(value, list):
        return "; ".join("" if item is None else str(item) for item in value)
    return value


def csv_columns(serializer):
    """The row's fields that fit a cell: nested records (a Task's history) are JSON only."""
    return [
        name
        for name, field in serializer.child.fields.items()
        if not isinstance(field, serializers.BaseSerializer)
    ]


def counted(label, count):
    """A filter choice with the rows it gives: "Approved (1,234)"."""
    shown = formats.number_format(count, use_l10n=True, force_grouping=True)
    return _("%(label)s (%(count)s)") % {"label": label, "count": shown}


def is_menu(filterset, name):
    """A filter that offers a menu of choices (not a text box, not the sort order)."""
    filter_, field = filterset.filters[name], filterset.form.fields[name]
    return (
        isinstance(filter_, django_filters.ChoiceFilter)
        and not isinstance(filter_, django_filters.OrderingFilter)
        and isinstance(field.widget, forms.Select)
    )


def is_plain(filter_):
    """A filter that keeps the rows whose ``field_name`` equals the choice: its counts are one
    GROUP BY. Others (a ``method``, a filter class of its own) are counted by what they keep."""
    return (
        type(filter_).filter is django_filters.ChoiceFilter.filter
        and filter_.method is None
        and filter_.lookup_expr == "exact"
        and not filter_.exclude
    )


def facet_counts(filterset, queryset):
    """{menu name: {choice value or "": rows}}: how many rows of ``queryset`` each choice of
    each menu of ``filterset`` (bound and valid) gives with the other filters ("" for no
    choice). Two queries at most per menu, whatever the number of rows or choices (plus, for a
    menu of records, the query that lists them)."""
    values = filterset.form.cleaned_data
    counts = {}
    for name in filterset.filters:
        if not is_menu(filterset, name):
            continue
        rows = queryset
        for other, filter_ in filterset.filters.items():
            if other != name and other in values:
                rows = filter_.filter(rows, values[other])
        # counted on the bare rows (the list's own annotations and joins left out)
        rows = queryset.model._default_manager.filter(pk__in=rows.values("pk"))
        filter_, field = filterset.filters[name], filterset.form.fields[name]
        if isinstance(field, forms.ModelChoiceField):
            choices = {obj.pk: obj for obj in field.queryset}
        else:
            choices = {value: value for value, _label in field.choices if value != ""}
        if is_plain(filter_):
            field_name = filter_.field_name
            groups = rows.order_by().values(field_name).annotate(n=Count("pk", distinct=True))
            found = {group[field_name]: group["n"] for group in groups}
            found[""] = rows.count()
        else:
            kept = {
                f"c{i}": Count("pk", filter=Q(pk__in=filter_.filter(queryset, choice).values("pk")))
                for i, choice in enumerate(choices.values())
            }
            totals = rows.aggregate(all=Count("pk"), **kept)
            found = {key: totals[f"c{i}"] for i, key in enumerate(choices)}
            found[""] = totals["all"]
        counts[name] = {key: found.get(key, 0) for key in [*choices, ""]}
    return counts


def show_counts(filterset, counts):
    """Each menu choice's label says its count; so does the menu's empty choice."""
    for name, by_choice in counts.items():
        field = filterset.form.fields[name]
        if isinstance(field, forms.ModelChoiceField):
            field.label_from_instance = lambda obj, field=field, by_choice=by_choice: counted(
                type(field).label_from_instance(field, obj), by_choice.get(obj.pk, 0)
            )
            if field.empty_label is not None:
                field.empty_label = counted(field.empty_label, by_choice[""])
        else:
            field.choices = [
                (value, counted(label, by_choice.get(value, by_choice[""])))
                for value, label in field.choices
            ]


class FilteredListView(FilterView):
    """A FilterView that also exports exactly the filtered rows as CSV or JSON, each row as
    the API gives it (``api_view``: the list's DRF viewset)."""

    paginate_by = 50
    api_view = None
    export_name = "records"

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        for field in filterset.form.fields.values():
            if isinstance(field, forms.ModelChoiceField) and (
                field.queryset.count() > MAX_MENU_CHOICES
            ):
                field.widget = forms.TextInput(attrs={"autocomplete": "off"})
        return filterset

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("format")
        if export_format in ("csv", "json"):
            # the API's rows, in no interface language: the same file from /fr/decisions/
            # as from /decisions/ (codes, English names, the pages' bare addresses)
            with translation.override(settings.LANGUAGE_CODE):
                return self.export(export_format)
        return super().get(request, *args, **kwargs)

    def api(self):
        """The list's API view, as it answers a request for this list."""
        view = self.api_view()
        view.request, view.format_kwarg, view.action = self.request, None, "list"
        view.args, view.kwargs = (), {}
        return view

    def export(self, export_format):
        api = self.api()
        filterset = self.get_filterset_class()(
            self.request.GET, queryset=api.get_queryset(), request=self.request
        )
        if not filterset.is_valid():
            return JsonResponse({"errors": filterset.errors}, status=400)
        serializer = api.get_serializer(filterset.qs, many=True)
        rows = serializer.data
        filename = f"cws-{self.export_name}.{export_format}"
        if export_format == "json":
            response = HttpResponse(
                json.dumps({"count": len(rows), "results": rows}, ensure_ascii=False, indent=1),
                content_type="application/json; charset=utf-8",
            )
        else:
            # written whole, then sent as one body (not a chunk, and a send, per row)
            columns = csv_columns(serializer)
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([safe_cell(csv_value(row[name])) for name in columns])
            response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def active_filters(self):
        """Each filter the visitor set (and that is valid), with the address without it."""
        form = self.filterset.form
        if not form.is_bound or not form.is_valid():
            return []
        active = []
        for name, field in form.fields.items():
            value = form.cleaned_data.get(name)
            if name == "o" or value in (None, "", [], ()):
                continue
            if hasattr(field, "choices") and not hasattr(value, "pk"):
                shown = dict(field.choices).get(value, value)
            else:
                shown = value
            remaining = self.request.GET.copy()
            for key in (name, "page", "format"):
                remaining.pop(key, None)
            query = remaining.urlencode()
            active.append(
                {"label": field.label, "value": shown, "remove_url": f"?{query}" if query else "?"}
            )
        return active

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["active_filters"] = self.active_filters()
        context["result_count"] = (
            context["paginator"].count if context.get("paginator") else len(self.object_list)
        )
        context["export_formats"] = [("csv", _("CSV")), ("json", _("JSON"))]
        self.count_choices()
        return context

    def count_choices(self):
        """Each choice of the filter menus says how many rows it gives with the other filters
        (none while a filter is invalid: the form says what is wrong)."""
        filterset = self.filterset
        if not filterset.is_bound:
            filterset = type(filterset)(data={}, queryset=filterset.queryset, request=self.request)
        if filterset.is_valid():
            show_counts(self.filterset, facet_counts(filterset, filterset.queryset))
