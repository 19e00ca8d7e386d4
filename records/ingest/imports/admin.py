"""The report import in the admin: the upload form, the review page, and its actions.

Who may do what (``records.roles``: the editors have every permission of ``ReportImport``,
the viewers none): upload (``add``), review (``change``), publish (``publish``), discard
(``delete``); viewing the list and the drafts needs ``view``, which viewers do not have. A
discarded or published import is shown read-only. Every form is small and sent on its own; an
invalid one is shown again with the reviewer's input and the error beside the field.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from records.history import describe
from records.ingest.imports.forms import (
    AddDecisionForm,
    AgendaItemForm,
    DecisionForm,
    PublishForm,
    UploadForm,
)
from records.ingest.imports.plan import compare, new_records, plan
from records.ingest.imports.publish import PublishRefused, discard, publish
from records.ingest.imports.review import (
    ReviewRefused,
    add_decision,
    correct_agenda_item,
    review_decision,
    reviewed,
)
from records.ingest.imports.start import ImportRefused, check_size, max_bytes, start_import
from records.models import ImportReview, ReportImport

PER_PAGE = 20
LABELS = {
    "cws_sessions.session": gettext_lazy("sessions"),
    "cws_sessions.document": gettext_lazy("documents"),
    "cws_sessions.paragraph": gettext_lazy("paragraphs"),
    "cws_sessions.agendaitem": gettext_lazy("agenda items"),
    "cws_sessions.decision": gettext_lazy("decisions"),
    "tasks.task": gettext_lazy("Tasks"),
    "standards.standard": gettext_lazy("WIPO Standards"),
    "tasks.taskforce": gettext_lazy("Task Forces"),
    "tasks.taskevent": gettext_lazy("Task history events"),
    "standards.standardevent": gettext_lazy("Standard history events"),
    "tasks.taskforceevent": gettext_lazy("Task Force history events"),
}


def anchor(key):
    return "d-" + key.replace(":", "-")


@admin.register(ReportImport)
class ReportImportAdmin(admin.ModelAdmin):
    list_display = [
        "symbol",
        "session",
        "status",
        "file_name",
        "imported_by",
        "imported_at",
        "published_by",
        "published_at",
    ]
    list_filter = ["status"]
    search_fields = ["symbol", "file_name"]
    list_per_page = 50
    review_template = "admin/records/reportimport/review.html"
    upload_template = "admin/records/reportimport/upload.html"

    class Media:
        css = {"all": ["records/admin-imports.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).for_list()

    def has_delete_permission(self, request, obj=None):
        return False  # a draft is discarded (its own button), an import's line is kept

    def has_publish_permission(self, request):
        return request.user.has_perm("records.publish_reportimport")

    def has_discard_permission(self, request):
        return request.user.has_perm("records.delete_reportimport")

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(require_POST(function))

        return [
            path("<int:pk>/decision/", view(self.decision_view), name="records_import_decision"),
            path("<int:pk>/add/", view(self.add_decision_view), name="records_import_add"),
            path("<int:pk>/item/", view(self.agenda_item_view), name="records_import_item"),
            path("<int:pk>/publish/", view(self.publish_view), name="records_import_publish"),
            path("<int:pk>/discard/", view(self.discard_view), name="records_import_discard"),
            *super().get_urls(),
        ]

    # Upload ------------------------------------------------------------------------------

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            uploaded = form.cleaned_data["file"]
            try:
                check_size(uploaded.size)
                report_import = start_import(
                    uploaded.read(),
                    uploaded.name,
                    symbol=form.cleaned_data["symbol"],
                    session=form.cleaned_data["session"],
                    user=request.user,
                    create_session=form.cleaned_data["create_session"],
                    document_kind=form.cleaned_data["document_kind"],
                )
            except ImportRefused as refused:
                form.add_error("session" if refused.missing_session else "file", str(refused))
            else:
                draft = report_import.draft
                messages.success(
                    request,
                    _(
                        "%(file)s read: %(paragraphs)d paragraphs, %(decisions)d decisions. "
                        "Review them below; nothing is public until you publish."
                    )
                    % {
                        "file": report_import.file_name,
                        "paragraphs": len(draft["paragraphs"]),
                        "decisions": len(draft["decisions"]),
                    },
                )
                return HttpResponseRedirect(self.review_url(report_import))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import a report"),
            "form": form,
            "limit_mb": max_bytes() // 1024 // 1024,
            "has_view_permission": self.has_view_permission(request),
        }
        return TemplateResponse(request, self.upload_template, context)

    # Review ------------------------------------------------------------------------------

    def review_url(self, report_import, key=None, page=None):
        url = reverse("admin:records_reportimport_change", args=[report_import.pk])
        if page:
            url += f"?page={page}"
        return url + (f"#{anchor(key)}" if key else "")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        report_import = self.get_object(request, object_id)
        if report_import is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, report_import):
            raise PermissionDenied
        if request.method == "POST":
            return HttpResponseRedirect(self.review_url(report_import))
        return self.review_page(request, report_import)

    def review_page(self, request, report_import, bound=None, page=None):
        """The review page; ``bound``: {form key: a form sent back with errors}."""
        bound = bound or {}
        can_change = report_import.is_draft and self.has_change_permission(request, report_import)
        current = reviewed(report_import)
        paginator = Paginator(current.decisions, PER_PAGE)
        page_obj = paginator.get_page(page or request.GET.get("page"))
        comparison = proposed = None
        if report_import.is_draft:
            proposed = new_records(current)
            comparison = compare(plan(current, proposed), report_import)
        differences = {}
        if comparison:
            for compared in comparison.records:
                if compared.planned.label == "cws_sessions.decision":
                    key = ":".join(map(str, compared.planned.key[1:]))
                    differences[key] = compared
        cards = []
        for decision in page_obj:
            cards.append(
                {
                    "decision": decision,
                    "anchor": anchor(decision.key),
                    "compared": differences.get(decision.key),
                    "form": bound.get(decision.key)
                    or DecisionForm(
                        initial=DecisionForm.initial_of(decision.values),
                        auto_id=f"id_{anchor(decision.key)}_%s",
                    ),
                }
            )
        protected = [c.planned.name for c in comparison.protected] if comparison else []
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Review the import of %(symbol)s") % {"symbol": report_import.symbol},
            "original": report_import,
            "report_import": report_import,
            "document": (report_import.draft or {}).get("document", {}),
            "reviewed": current,
            "counts": current.counts(),
            "page_obj": page_obj,
            "cards": cards,
            "agenda_items": current.agenda_items,
            "agenda_form": bound.get("agenda_item"),
            "add_form": bound.get("add")
            or AddDecisionForm(paragraphs=current.paragraphs.values(), auto_id="id_add_%s"),
            "proposed": proposed,
            "comparison": comparison,
            "comparison_rows": comparison_rows(comparison) if comparison else [],
            "document_exists": bool(
                comparison
                and any(
                    c.planned.label == "cws_sessions.document"
                    and c.planned.key == (report_import.symbol,)
                    and c.status != "new"
                    for c in comparison.records
                )
            ),
            "publish_form": bound.get("publish") or PublishForm(protected=protected),
            "can_change": can_change,
            "can_publish": report_import.is_draft and self.has_publish_permission(request),
            "can_discard": report_import.is_draft and self.has_discard_permission(request),
            "history": describe(list(report_import.history.select_related("history_user"))),
            "session_url": session_url(report_import),
            "has_view_permission": self.has_view_permission(request),
        }
        return TemplateResponse(request, self.review_template, context)

    def editable(self, request, pk):
        report_import = get_object_or_404(ReportImport, pk=pk)
        if not self.has_change_permission(request, report_import):
            raise PermissionDenied
        return report_import

    def refused(self, request, report_import, message):
        messages.error(request, message)
        return HttpResponseRedirect(self.review_url(report_import))

    def page_of(self, report_import, key):
        keys = [d.key for d in reviewed(report_import).decisions]
        return keys.index(key) // PER_PAGE + 1 if key in keys else 1

    def decision_view(self, request, pk):
        """Accept, correct, reject a drafted decision, or take the word on it back."""
        report_import = self.editable(request, pk)
        if not report_import.is_draft:
            return self.refused(request, report_import, _("This import is no longer a draft."))
        key = request.POST.get("key", "")
        action = request.POST.get("action", "")
        decision = reviewed(report_import).decision(key)
        if decision is None or action not in (*ImportReview.Action.values, "reset"):
            return self.refused(request, report_import, _("No such decision or action."))
        values = {}
        if action in (ImportReview.Action.CORRECTED, ImportReview.Action.ADDED):
            form = DecisionForm(
                request.POST,
                paragraph_text=decision.paragraph_text,
                auto_id=f"id_{anchor(key)}_%s",
            )
            if not form.is_valid():
                page = self.page_of(report_import, key)
                return self.review_page(request, report_import, bound={key: form}, page=page)
            values = form.cleaned_data
        try:
            review_decision(
                report_import, key, None if action == "reset" else action, values, request.user
            )
        except ReviewRefused as error:
            return self.refused(request, report_import, str(error))
        messages.success(
            request,
            _("%(decision)s: %(action)s.")
            % {"decision": citation(decision), "action": action_label(action)},
        )
        page = self.page_of(report_import, key)
        return HttpResponseRedirect(self.review_url(report_import, key, page))

    def add_decision_view(self, request, pk):
        report_import = self.editable(request, pk)
        if not report_import.is_draft:
            return self.refused(request, report_import, _("This import is no longer a draft."))
        current = reviewed(report_import)
        form = AddDecisionForm(
            request.POST, paragraphs=current.paragraphs.values(), auto_id="id_add_%s"
        )
        if not form.is_valid():
            return self.review_page(request, report_import, bound={"add": form})
        part, _sep, number = form.cleaned_data["paragraph"].partition(":")
        try:
            review = add_decision(report_import, part, int(number), form.cleaned_data, request.user)
        except ReviewRefused as error:
            form.add_error("text", str(error))
            return self.review_page(request, report_import, bound={"add": form})
        messages.success(request, _("Decision added: %(key)s.") % {"key": review.key})
        page = self.page_of(report_import, review.key)
        return HttpResponseRedirect(self.review_url(report_import, review.key, page))

    def agenda_item_view(self, request, pk):
        report_import = self.editable(request, pk)
        if not report_import.is_draft:
            return self.refused(request, report_import, _("This import is no longer a draft."))
        code = request.POST.get("code", "")
        form = AgendaItemForm(request.POST, auto_id=f"id_item_{code}_%s")
        if not form.is_valid():
            form.code = code
            return self.review_page(request, report_import, bound={"agenda_item": form})
        try:
            correct_agenda_item(report_import, code, form.cleaned_data["title"], request.user)
        except ReviewRefused as error:
            return self.refused(request, report_import, str(error))
        messages.success(request, _("Agenda item %(code)s: title corrected.") % {"code": code})
        return HttpResponseRedirect(self.review_url(report_import) + "#agenda-items")

    def publish_view(self, request, pk):
        report_import = get_object_or_404(ReportImport, pk=pk)
        if not self.has_publish_permission(request):
            raise PermissionDenied
        if not report_import.is_draft:
            return self.refused(request, report_import, _("This import is no longer a draft."))
        current = reviewed(report_import)
        comparison = compare(plan(current), report_import)
        form = PublishForm(request.POST, protected=[c.planned.name for c in comparison.protected])
        if not form.is_valid():
            return self.review_page(request, report_import, bound={"publish": form})
        try:
            published = publish(report_import, request.user, form.cleaned_data["overwrite"])
        except PublishRefused as error:
            messages.error(request, str(error))
            return self.review_page(request, report_import)
        counts = published.result.get("counts", {})
        messages.success(
            request,
            _("Published: %(count)d records written. The history names this import.")
            % {"count": sum(counts.values())},
        )
        for kept in published.result.get("kept", []):
            messages.warning(
                request,
                _("Left as %(who)s changed it: %(key)s (publish did not overwrite it).")
                % {"who": kept["who"], "key": kept["key"]},
            )
        return HttpResponseRedirect(self.review_url(published))

    def discard_view(self, request, pk):
        report_import = get_object_or_404(ReportImport, pk=pk)
        if not self.has_discard_permission(request):
            raise PermissionDenied
        if not report_import.is_draft:
            return self.refused(request, report_import, _("This import is no longer a draft."))
        discard(report_import, request.user)
        messages.success(
            request,
            _("The draft of %(symbol)s was discarded: its file and draft are deleted.")
            % {"symbol": report_import.symbol},
        )
        return HttpResponseRedirect(reverse("admin:records_reportimport_changelist"))


def citation(decision):
    where = f"¶{decision.paragraph}" if decision.part == "body" else f"Annex ¶{decision.paragraph}"
    return f"{where} ({decision.ordinal})"


def action_label(action):
    return {
        "accepted": _("accepted"),
        "corrected": _("corrected"),
        "rejected": _("rejected"),
        "added": _("added"),
        "reset": _("back to the draft as read"),
    }[action]


def comparison_rows(comparison):
    """Per kind of record: how many are new, the same, changed (each with its changes)."""
    rows = []
    for label, counts in comparison.counts().items():
        rows.append(
            {
                "label": LABELS.get(label, label),
                "counts": counts,
                "new": [c for c in comparison.new if c.planned.label == label],
                "changed": [c for c in comparison.changed if c.planned.label == label],
            }
        )
    return rows


def session_url(report_import):
    """The public page of the import's session, once published."""
    if report_import.status != ReportImport.Status.PUBLISHED:
        return None
    try:
        return reverse("session_detail", args=[report_import.session])
    except NoReverseMatch:  # a site without the sessions' pages
        return None
