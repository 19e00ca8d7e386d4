"""What every public list offers: filters, active filters, sorting, pagination, export.

A list's export has exactly the filtered rows, and each row is the one its API gives: the list
view names its API viewset (``api_view``), whose query and serializer make the export, filtered
by the page's own filters, so the CSV/JSON export and the API cannot disagree about what a row
holds. The page itself may use a lighter query (it shows less than a row holds).
"""

import csv
import io
import json

from django import forms
from django.http import HttpResponse, JsonResponse
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
        return context
