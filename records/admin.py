"""Pieces the admin classes of every app share."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin


def latest_version(instance):
    """The id of a record's latest history entry: the version an editor is looking at."""
    latest = (
        instance.history.order_by("-history_date", "-history_id")
        .values_list("history_id", flat=True)
        .first()
    )
    return "" if latest is None else str(latest)


class VersionedForm(forms.ModelForm):
    """Optimistic concurrency: a save is refused if the record changed since the form opened.

    The form carries the version (latest history entry) the editor saw. If another save came
    in between, the form is shown again with the editor's own input and a message naming who
    changed what and when; nothing is overwritten and nothing the editor typed is lost.
    """

    seen_version = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = latest_version(self.instance)

    def clean(self):
        cleaned_data = super().clean()
        if not self.instance.pk:
            return cleaned_data
        seen, current = cleaned_data.get("seen_version") or "", latest_version(self.instance)
        if seen != current:
            raise ValidationError(self.conflict_message(seen), code="conflict")
        return cleaned_data

    def conflict_message(self, seen):
        history = self.instance.history.order_by("-history_date", "-history_id")
        latest = history.first()
        before = history.filter(history_id=seen).first() if seen.isdigit() else None
        changed = sorted(
            set(latest.diff_against(before).changed_fields) if before else {"the record"}
        )
        return _(
            "This record was changed by %(user)s on %(when)s while you were editing it "
            "(changed: %(fields)s). Your changes have not been saved and are still in the form "
            "below: open the record again in a new tab to see the current version, then "
            "make your changes again."
        ) % {
            "user": latest.history_user or _("someone"),
            "when": date_format(timezone.localtime(latest.history_date), "DATETIME_FORMAT"),
            "fields": ", ".join(changed),
        }


class RecordAdmin(SimpleHistoryAdmin):
    """A records admin: history view, concurrency check, one history entry per save."""

    form = VersionedForm
    list_per_page = 50
    show_full_result_count = True

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

    def save_model(self, request, obj, form, change):
        obj._history_since = timezone.now()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        keep_one_history_entry(form.instance, created=not change)


def keep_one_history_entry(instance, *, created):
    """Saving a record and then its many-to-many links writes one history entry per step;
    keep the last (it holds the links as saved) as the single entry of this edit."""
    since = getattr(instance, "_history_since", None)
    if since is None:
        return
    entries = list(
        instance.history.filter(history_date__gte=since).order_by("history_date", "history_id")
    )
    if len(entries) > 1:
        last = entries[-1]
        instance.history.filter(history_id__in=[e.history_id for e in entries[:-1]]).delete()
        last.history_type = "+" if created else "~"
        last.save(update_fields=["history_type"])


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


def excerpt_column(field, description):
    """A changelist column: the first words of a long text field."""

    @admin.display(description=description)
    def column(obj):
        return excerpt(getattr(obj, field)) or "—"

    column.__name__ = f"{field}_excerpt"
    return column
