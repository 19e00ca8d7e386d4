from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from records.admin import RecordAdmin
from sessions.admin import SubjectEventInline
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
    list_display = ["code", "title", "status", "event_count"]
    list_filter = ["status"]
    search_fields = ["code", "title"]
    inlines = [StandardEventInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_count=Count("events"))

    @admin.display(description=_("history events"), ordering="event_count")
    def event_count(self, obj):
        return obj.event_count


@admin.register(StandardEvent)
class StandardEventAdmin(RecordAdmin):
    list_display = ["standard", "kind", "session", "version", "date", "paragraph"]
    list_filter = ["kind", "session", "standard"]
    search_fields = ["standard__code", "note", "version"]
    list_select_related = ["standard", "session", "paragraph__document"]
    autocomplete_fields = ["standard", "session", "decision", "paragraph"]
