from django.db.models import Prefetch

from assistance.filters import ActivityFilter
from assistance.models import Activity, AssistanceReport, Figure
from sessions.listing import FilteredListView, joined

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
    export_name = "assistance-activities"
    export_columns = (
        ("year", lambda a: a.report.year),
        ("report", lambda a: a.report.document.symbol),
        ("kind", lambda a: a.kind),
        ("title", lambda a: a.title),
        ("platform", lambda a: a.platform),
        ("start_date", lambda a: a.start_date.isoformat() if a.start_date else ""),
        ("end_date", lambda a: a.end_date.isoformat() if a.end_date else ""),
        ("date_precision", lambda a: a.date_precision),
        ("offices", lambda a: joined(o.name for o in a.offices.all())),
        ("standards", lambda a: joined(s.code for s in a.standards.all())),
        ("paragraph", lambda a: str(a.paragraph)),
    )

    def get_queryset(self):
        return (
            Activity.objects.select_related("report__document", "paragraph__document")
            .prefetch_related(Prefetch("offices"), "standards")
            .order_by("report__year", "order")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["reports"], context["figures"] = figure_table()
        context["chart_height"] = BAR_STEP * len(context["reports"]) + 4
        return context
