from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from records.admin import RecordAdmin, count_column
from sessions.admin import EventAdmin, SubjectEventInline
from standards.models import Standard, StandardEvent


class StandardEventInline(SubjectEventInline):
    model = StandardEvent
    fields = [
        "kind",
        "session",
        "decision",
        "paragraph",
        "version",
        "date",
        "date_precision",
        "note",
    ]


@admin.register(Standard)
class StandardAdmin(RecordAdmin):
    list_display = ["code", "title", "status", count_column("events", _("history events"))]
    list_filter = ["status"]
    search_fields = ["code", "title"]
    inlines = [StandardEventInline]


@admin.register(StandardEvent)
class StandardEventAdmin(EventAdmin):
    list_display = ["standard", "kind", "session", "version", "date", "paragraph"]
    list_filter = [*EventAdmin.list_filter, "standard"]
    search_fields = ["standard__code", "note", "version"]
    list_select_related = ["standard", "session", "paragraph__document", "decision"]
    autocomplete_fields = ["standard", *EventAdmin.autocomplete_fields]
