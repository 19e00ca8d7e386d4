"""What every public list offers: filters, active filters, sorting, pagination, export."""

import csv
import io
import json

from django import forms
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django_filters.views import FilterView

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A record filter with more choices than this is a text box (its identifier), not a menu.
MAX_MENU_CHOICES = 200


def safe_cell(value):
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class FilteredListView(FilterView):
    """A FilterView that also exports exactly the filtered rows as CSV or JSON.

    Subclasses give ``export_columns``: (column name, function of a row) pairs; the names are
    stable and shared by both formats.
    """

    paginate_by = 50
    export_columns = ()
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
            filterset = self.get_filterset(self.get_filterset_class())
            if not filterset.is_valid():
                return JsonResponse({"errors": filterset.errors}, status=400)
            return self.export(filterset.qs, export_format)
        return super().get(request, *args, **kwargs)

    def export_rows(self, queryset):
        names = [name for name, _ in self.export_columns]
        for obj in queryset:
            yield dict(zip(names, (value(obj) for _, value in self.export_columns), strict=True))

    def export(self, queryset, export_format):
        filename = f"cws-{self.export_name}.{export_format}"
        if export_format == "json":
            rows = list(self.export_rows(queryset))
            response = HttpResponse(
                json.dumps({"count": len(rows), "results": rows}, ensure_ascii=False, indent=1),
                content_type="application/json; charset=utf-8",
            )
        else:
            # written whole, then sent as one body (not a chunk, and a send, per row)
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow([name for name, _ in self.export_columns])
            for row in self.export_rows(queryset):
                writer.writerow([safe_cell(value) for value in row.values()])
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


def joined(values):
    return "; ".join(str(value) for value in values)
