"""Pieces the admin classes of every app share."""

from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin


class RecordAdmin(SimpleHistoryAdmin):
    """A records admin: history view, a sensible page size, no per-row queries."""

    list_per_page = 50
    show_full_result_count = True

    def get_queryset(self, request):
        # Keep the model's ordering after annotate() (GROUP BY drops the default ordering),
        # so that autocomplete pages are stable.
        queryset = super().get_queryset(request)
        return queryset.order_by(*queryset.model._meta.ordering, "pk")


def excerpt(text, words=18):
    return Truncator(text).words(words)


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


class DecisionEventInline(admin.TabularInline):
    """Base for the Task, Standard and Task Force events shown under a decision."""

    formset = DecisionEventFormSet
    extra = 0
    exclude = ["session", "paragraph"]
    verbose_name_plural = _("what this decision did")
