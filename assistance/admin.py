from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from assistance.models import Activity, AssistanceReport, Figure
from records.admin import RecordAdmin, RecordTabularInline, children_link, count_column


class FigureInline(RecordTabularInline):
    model = Figure
    autocomplete_fields = ["office", "paragraph"]


@admin.register(AssistanceReport)
class AssistanceReportAdmin(RecordAdmin):
    list_display = ["year", "document", count_column("activities", _("activities"))]
    search_fields = ["=year", "document__symbol"]
    list_select_related = ["document"]
    autocomplete_fields = ["document", "paragraph"]
    readonly_fields = [children_link("activities", _("Activities"))]
    inlines = [FigureInline]


@admin.register(Activity)
class ActivityAdmin(RecordAdmin):
    list_display = ["title", "kind", "report", "platform", "start_date", "end_date"]
    list_filter = ["kind", "platform", "report"]
    search_fields = ["title", "description", "offices__name"]
    list_select_related = ["report__document"]
    autocomplete_fields = ["report", "offices", "standards", "paragraph"]


@admin.register(Figure)
class FigureAdmin(RecordAdmin):
    list_display = ["metric", "value", "year", "office", "report", "paragraph"]
    list_filter = ["metric", "report"]
    search_fields = ["qualifier", "note", "office__name"]
    list_select_related = ["report__document", "office", "paragraph__document"]
    autocomplete_fields = ["report", "office", "paragraph"]
