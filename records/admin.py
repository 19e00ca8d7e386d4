"""Pieces the admin classes of every app share: the records admin (history, refused stale
saves), inlines that carry their rows' versions, and changelist columns."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from records.history import captured_entries, describe, drop_unchanged, restore_reason


def latest_version(instance):
    """The id of a record's latest history entry: the version an editor is looking at."""
    latest = instance.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return "" if latest is None else str(latest)


def lock_row(instance):
    """Hold the record's row until the save's transaction ends, so that the version compared
    is the version overwritten: on PostgreSQL a row lock (a second save of the row waits, then
    sees the first); on SQLite every transaction takes the write lock when it begins
    (``transaction_mode`` IMMEDIATE in the settings), so saves run one after the other."""
    if transaction.get_connection().in_atomic_block:
        type(instance)._default_manager.select_for_update().filter(pk=instance.pk).exists()


class VersionedForm(forms.ModelForm):
    """Optimistic concurrency: a save is refused if the record changed since the form opened.

    The form carries the version (latest history entry) the editor saw, and compares it with
    the current one under a lock on the row (``lock_row``), so of two saves that started from
    the same version exactly one is accepted. The other is shown again with the editor's own
    input and a message naming who changed what and when; nothing is overwritten and nothing
    the editor typed is lost. Inline rows carry their own version and are refused the same way.

    Text comes back from a browser with Windows line endings; they are read as the "\n" the
    record holds, so a form sent back unchanged changes nothing.
    """

    seen_version = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = latest_version(self.instance)

    def clean(self):
        cleaned_data = super().clean()
        for name, value in cleaned_data.items():
            if isinstance(value, str) and "\r" in value:
                cleaned_data[name] = value.replace("\r\n", "\n").replace("\r", "\n")
        if not self.instance.pk or (self.empty_permitted and not self.has_changed()):
            return cleaned_data
        lock_row(self.instance)
        seen, current = cleaned_data.get("seen_version") or "", latest_version(self.instance)
        if seen != current:
            raise ValidationError(self.conflict_message(seen), code="conflict")
        return cleaned_data

    def conflict_message(self, seen):
        history = self.instance.history.order_by("-history_id")
        latest = history.first()
        before = history.filter(history_id=seen).first() if seen.isdigit() else None
        changed = sorted(
            set(latest.diff_against(before).changed_fields) if before else {_("the record")}
        )
        return _(
            "%(record)s was changed by %(user)s on %(when)s while you were editing it "
            "(changed: %(fields)s). Your changes have not been saved and are still in the form "
            "below: open the record again in a new tab to see the current version, then "
            "make your changes again."
        ) % {
            "record": self.instance,
            "user": latest.history_user or _("someone"),
            "when": date_format(timezone.localtime(latest.history_date), "DATETIME_FORMAT"),
            "fields": ", ".join(changed),
        }


class RecordInlineMixin:
    """An inline whose rows carry their version, so that a stale row is refused instead of
    overwriting a newer save of it made in its own form."""

    form = VersionedForm

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        return fields if "seen_version" in fields else [*fields, "seen_version"]


class RecordTabularInline(RecordInlineMixin, admin.TabularInline):
    extra = 0


class RecordStackedInline(RecordInlineMixin, admin.StackedInline):
    extra = 0


class RecordAdmin(SimpleHistoryAdmin):
    """A records admin: history view, refused stale saves, one history entry per accepted
    save (``records.history``), no entry for a save that changes nothing."""

    form = VersionedForm
    list_per_page = 50
    show_full_result_count = True
    object_history_list_template = "simple_history/object_history_list.html"
    # An address typed without a scheme (a meeting page) is read as https, as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    class Media:
        css = {"all": ["css/admin-records.css"]}

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        annotations = {}
        for column in self.list_display:
            annotations.update(getattr(column, "annotation", {}))
        if annotations:
            queryset = queryset.annotate(**annotations)
        # Keep the model's ordering after annotate() (GROUP BY drops the default ordering),
        # so that autocomplete pages are stable.
        return queryset.order_by(*queryset.model._meta.ordering, "pk")

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if any("seen_version" in (options.get("fields") or ()) for _name, options in fieldsets):
            return fieldsets
        return [*fieldsets, (None, {"fields": ["seen_version"], "classes": ["hidden"]})]

    def changeform_view(self, request, *args, **kwargs):
        with captured_entries() as entries:
            request.history_entries = entries
            return super().changeform_view(request, *args, **kwargs)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Restoring an earlier version: recorded as a restore of that version."""
        if request.method == "POST":
            request.restored_version = get_object_or_404(
                self.model.history.model, history_id=version_id
            )
        with transaction.atomic(), captured_entries() as entries:
            request.history_entries = entries
            return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        # The record's own entry is written once the whole save is done (``record_save``).
        obj.skip_history_when_saving = True
        super().save_model(request, obj, form, change)

    def log_addition(self, request, obj, message):
        self.record_save(request, obj, created=True)
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self.record_save(request, obj, created=False)
        return super().log_change(request, obj, message)

    def record_save(self, request, obj, *, created):
        """One history entry for the record as saved (its links included), then none of the
        entries this save wrote that record no change."""
        if hasattr(obj, "skip_history_when_saving"):
            del obj.skip_history_when_saving
        restored = getattr(request, "restored_version", None)
        if restored is not None:
            obj._change_reason = restore_reason(restored)
        obj._history_user = request.user
        entries = getattr(request, "history_entries", [])
        written = len(entries)
        obj.save()
        if created:
            for entry in entries[written:]:
                entry.history_type = "+"
                entry.save(update_fields=["history_type"])
        drop_unchanged(entries)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)
        describe(list(historical_records))

    def get_historical_record_context_helper(self, request, historical_record):
        """Changed values are shown whole, not cut to "[34 chars]"."""
        return HistoricalRecordContextHelper(
            self.model, historical_record, max_displayed_delta_change_chars=100_000
        )


def excerpt(text, words=18):
    return Truncator(text).words(words)


def count_column(relation, description):
    """A changelist column: how many ``relation`` rows each record has, counted in the
    changelist's one query (``RecordAdmin.get_queryset`` adds the annotation), sortable."""
    name = f"{relation}_count"

    @admin.display(description=description, ordering=name)
    def column(obj):
        return getattr(obj, name)

    column.__name__ = name
    column.annotation = {name: Count(relation, distinct=True)}
    return column


def children_link(relation, description):
    """A change-form field: a record's children (a session's decisions, a document's
    paragraphs) as a link to their list, filtered to this record, with their count. Large child
    sets are edited there rather than inlined whole, which would pass Django's 1,000-field
    limit on a form (a session has over a hundred decisions)."""

    @admin.display(description=description)
    def link(obj):
        if obj is None or obj.pk is None:
            return "—"
        relation_field = obj._meta.get_field(relation)
        model = relation_field.related_model
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        count = getattr(obj, relation).count()
        return format_html(
            '<a href="{}?{}__id__exact={}">{}</a>',
            url,
            relation_field.field.name,
            obj.pk,
            _("%(count)s %(kind)s: edit them in their list")
            % {"count": count, "kind": model._meta.verbose_name_plural},
        )

    link.__name__ = f"{relation}_link"
    return link


def excerpt_column(field, description):
    """A changelist column: the first words of a long text field."""

    @admin.display(description=description)
    def column(obj):
        return excerpt(getattr(obj, field)) or "—"

    column.__name__ = f"{field}_excerpt"
    return column


# The report import (upload, review, publish) registers its own admin.
from records.ingest.imports import admin as _imports_admin  # noqa: E402, F401
