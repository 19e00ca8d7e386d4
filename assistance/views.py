"""The technical-assistance page: the yearly figures side by side, and the activities."""

from django.template.loader import render_to_string

from assistance.api import ActivityViewSet
from assistance.filters import ActivityFilter
from assistance.models import Activity, AssistanceReport, Figure
from records.fragments import kept
from records.listing import FilteredListView

CHART_WIDTH, BAR_STEP = 150, 14
YEARS_SIDE_BY_SIDE = 10  # the table compares the latest years; the API has them all


def figure_table():
    """The yearly figures side by side: one row per metric (and office), one column per year."""
    reports = list(
        AssistanceReport.objects.select_related("document").order_by("-year")[:YEARS_SIDE_BY_SIDE]
    )[::-1]
    rows = {}
    figures = Figure.objects.filter(report__in=reports).select_related(
        "report", "office", "paragraph__document"
    )
    for figure in figures:
        key = (figure.metric, figure.office.name if figure.office_id else "")
        row = rows.setdefault(
            key, {"metric": figure.get_metric_display(), "office": key[1], "cells": {}}
        )
        row["cells"][figure.report.year] = figure
    ordered = sorted(
        rows.items(), key=lambda item: (list(Figure.Metric.values).index(item[0][0]), item[0][1])
    )
    table = []
    for _key, row in ordered:
        values = [row["cells"].get(report.year) for report in reports]
        top = max((f.value for f in values if f), default=0) or 1
        bars = [
            {
                "figure": f,
                "y": 2 + BAR_STEP * i,
                "width": max(1, round(CHART_WIDTH * f.value / top)),
            }
            for i, f in enumerate(values)
            if f
        ]
        table.append({**row, "values": values, "bars": bars})
    return reports, table


class TechnicalAssistanceView(FilteredListView):
    template_name = "assistance/technical_assistance.html"
    filterset_class = ActivityFilter
    api_view = ActivityViewSet
    export_name = "assistance-activities"

    def get_queryset(self):
        return Activity.objects.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["figures"] = kept("assistance-figures", (), figures_html)
        return context


def figures_html():
    """The reports and the figures side by side, rendered (``assistance/figures.html``)."""
    reports, figures = figure_table()
    return render_to_string(
        "assistance/figures.html",
        {"reports": reports, "figures": figures, "chart_height": BAR_STEP * len(reports) + 4},
    )
