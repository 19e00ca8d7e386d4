from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.template.defaultfilters import linebreaks
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from records.admin import (
    RecordAdmin,
    RecordStackedInline,
    RecordTabularInline,
    children_link,
    count_column,
    excerpt_column,
)
from sessions.models import (
    AgendaItem,
    Decision,
    Document,
    Office,
    Paragraph,
    Participation,
    Session,
    SessionOfficer,
)


@admin.display(description=_("Source paragraph, as printed"))
def source_text(obj):
    """The cited paragraph beside the wording that must match it (a decision, an event)."""
    if obj is None or not obj.paragraph_id:
        return "—"
    return format_html(
        '<div class="source-paragraph"><p class="source-citation">{}</p>{}</div>',
        obj.paragraph,
        linebreaks(obj.paragraph.text),
    )


@admin.register(Office)
class OfficeAdmin(RecordAdmin):
    list_display = ["name", "short_name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    list_select_related = ["country"]
    autocomplete_fields = ["country"]


class SessionOfficerInline(RecordTabularInline):
    model = SessionOfficer
    autocomplete_fields = ["office", "paragraph"]


class AgendaItemInline(RecordTabularInline):
    model = AgendaItem
    fields = ["order", "code", "title", "parent", "paragraph"]
    autocomplete_fields = ["parent", "paragraph"]
    show_change_link = True


class DecisionInline(RecordStackedInline):
    model = Decision
    fields = [("agenda_item", "paragraph", "ordinal"), ("kind", "nature"), "text", "note"]
    autocomplete_fields = ["agenda_item", "paragraph"]
    show_change_link = True
    classes = ["collapse"]


@admin.register(Session)
class SessionAdmin(RecordAdmin):
    list_display = [
        "__str__",
        "start_date",
        "end_date",
        "city",
        count_column("decisions", _("decisions")),
    ]
    search_fields = ["=number", "city"]
    autocomplete_fields = ["source", "meeting_url_source"]
    children = [
        children_link("decisions", _("Decisions")),
        children_link("participations", _("Participants")),
    ]
    readonly_fields = children
    fieldsets = [
        (None, {"fields": ["number", ("start_date", "end_date"), "city", "source"]}),
        (None, {"fields": ["meeting_url", "meeting_url_source"]}),
        (
            _("Participation as stated in the report"),
            {"fields": [("stated_member_states", "stated_igos", "stated_observers")]},
        ),
        (None, {"fields": ["note"]}),
        (_("Decisions and participants"), {"fields": children}),
    ]
    inlines = [SessionOfficerInline, AgendaItemInline]


@admin.register(Document)
class DocumentAdmin(RecordAdmin):
    list_display = [
        "symbol",
        "title",
        "kind",
        "session",
        "date",
        count_column("paragraphs", _("paragraphs")),
    ]
    list_filter = ["kind", "session"]
    search_fields = ["symbol", "title"]
    list_select_related = ["session"]
    autocomplete_fields = ["session"]
    readonly_fields = [children_link("paragraphs", _("Paragraphs"))]


@admin.register(Paragraph)
class ParagraphAdmin(RecordAdmin):
    list_display = ["citation", "heading", excerpt_column("text", _("text"))]
    list_filter = ["part", "document"]
    search_fields = ["document__symbol", "=number", "heading", "text"]
    list_select_related = ["document"]
    autocomplete_fields = ["document"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("document")

    @admin.display(description=_("citation"), ordering="number")
    def citation(self, obj):
        return str(obj)


@admin.register(AgendaItem)
class AgendaItemAdmin(RecordAdmin):
    list_display = ["code", "title", "session", "parent", count_column("decisions", _("decisions"))]
    list_filter = ["session"]
    search_fields = ["code", "title"]
    list_select_related = ["session", "parent__session"]
    autocomplete_fields = ["session", "parent", "paragraph"]
    inlines = [DecisionInline]

    def get_queryset(self, request):
        # its name shows its session (autocomplete lists it too)
        return super().get_queryset(request).select_related("session", "parent__session")


class DecisionEventFormSet(BaseInlineFormSet):
    """History events edited under a decision take that decision's session and paragraph."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.instance.session_id = self.instance.session_id
        form.instance.paragraph_id = self.instance.paragraph_id
        return form

    def save_new(self, form, commit=True):
        form.instance.session_id = self.instance.session_id
        form.instance.paragraph_id = self.instance.paragraph_id
        return super().save_new(form, commit=commit)


class DecisionEventInline(RecordTabularInline):
    """What a decision did to its subjects (events of ``sessions.events.DecisionEvent``
    subclasses), edited under the decision: they take its session and paragraph."""

    formset = DecisionEventFormSet
    exclude = ["session", "paragraph"]


class EventAdmin(RecordAdmin):
    """The admin of a kind of history event, edited on its own: its paragraph beside it."""

    list_filter = ["kind", "session"]
    readonly_fields = [source_text]
    autocomplete_fields = ["session", "decision", "paragraph"]


class SubjectEventInline(RecordTabularInline):
    """A subject's history (a Task's, a Standard's, a Task Force's), edited under it."""

    autocomplete_fields = ["session", "decision", "paragraph"]
    verbose_name_plural = _("history")


class TaskEventInline(DecisionEventInline):
    model = Decision.tasks.through
    fields = ["task", "kind", "description", "task_force", "status", "note"]
    autocomplete_fields = ["task", "task_force"]
    verbose_name_plural = _("Tasks concerned")


class StandardEventInline(DecisionEventInline):
    model = Decision.standards.through
    fields = ["standard", "kind", "version", "date", "date_precision", "note"]
    autocomplete_fields = ["standard"]
    verbose_name_plural = _("Standards concerned")


class TaskForceEventInline(DecisionEventInline):
    model = Decision.task_forces.through
    fields = ["task_force", "kind", "note"]
    autocomplete_fields = ["task_force"]
    verbose_name_plural = _("Task Forces concerned")


@admin.register(Decision)
class DecisionAdmin(RecordAdmin):
    list_display = [
        "citation",
        "session",
        "item",
        "kind",
        "nature",
        excerpt_column("text", _("wording")),
    ]
    list_filter = ["session", "kind", "nature"]
    search_fields = ["text", "note", "paragraph__document__symbol", "=paragraph__number"]
    list_select_related = ["session", "agenda_item", "paragraph__document"]
    autocomplete_fields = ["session", "agenda_item", "paragraph", "documents"]
    readonly_fields = [source_text]
    fieldsets = [
        (None, {"fields": ["session", "agenda_item", ("paragraph", "ordinal")]}),
        (None, {"fields": [("kind", "nature"), ("text", source_text), "documents", "note"]}),
    ]
    inlines = [TaskEventInline, StandardEventInline, TaskForceEventInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("session", "agenda_item", "paragraph__document")
        )

    @admin.display(description=_("citation"), ordering="paragraph__number")
    def citation(self, obj):
        suffix = f" ({obj.ordinal})" if obj.ordinal > 1 else ""
        return f"{obj.paragraph}{suffix}"

    @admin.display(description=_("agenda item"), ordering="agenda_item__order")
    def item(self, obj):
        return obj.agenda_item.code if obj.agenda_item else "—"


@admin.register(SessionOfficer)
class SessionOfficerAdmin(RecordAdmin):
    list_display = ["name", "role", "session", "office", "paragraph"]
    list_filter = ["session", "role"]
    search_fields = ["name"]
    list_select_related = ["session", "office", "paragraph__document"]
    autocomplete_fields = ["session", "office", "paragraph"]


@admin.register(Participation)
class ParticipationAdmin(RecordAdmin):
    list_display = ["office", "session", "capacity", "name_as_printed", "paragraph"]
    list_filter = ["session", "capacity"]
    search_fields = ["office__name", "name_as_printed"]
    list_select_related = ["session", "office", "paragraph__document"]
    autocomplete_fields = ["session", "office", "paragraph"]
