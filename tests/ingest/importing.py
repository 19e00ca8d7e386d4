"""What the tests of the import's admin, command and publicity share: the test files, an upload
as a browser sends it, the review page's addresses, and row counts of every record table."""

from pathlib import Path

from django.apps import apps
from django.urls import reverse

from records.models import ImportReview, ReportImport

FILES = Path(__file__).resolve().parent / "files"
SOURCES = Path(__file__).resolve().parents[2] / "fixtures" / "sources"
MADE_UP = FILES / "made_up_summary.docx"  # CWS/99/9, session 99: not in the records
CWS_12_29 = FILES / "002_54732be6b0c01bf8.docx"
CWS_13_14_PDF = FILES / "004_a8225f605fa35695.pdf"
RECORD_APPS = ("cws_sessions", "tasks", "standards", "assistance")
UPLOAD = reverse("admin:records_reportimport_add")
IMPORTS = reverse("admin:records_reportimport_changelist")


def record_models():
    return [
        model
        for label in RECORD_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]


def row_counts():
    """Rows of every record table (history included) and of the import tables."""
    counts = {model._meta.label: model._base_manager.count() for model in record_models()}
    counts["imports"] = ReportImport.objects.count()
    counts["reviews"] = ImportReview.objects.count()
    return counts


def record_counts():
    return {k: v for k, v in row_counts().items() if k not in ("imports", "reviews")}


def upload(client, path, symbol, session, *, name=None, data=None, **fields):
    """POST the upload form as a browser does: the file, its symbol and session."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    content = Path(path).read_bytes() if data is None else data
    sent = SimpleUploadedFile(name or Path(path).name, content)
    form = {"file": sent, "symbol": symbol, "session": str(session)}
    form.setdefault("document_kind", fields.pop("document_kind", "session_report"))
    if fields.pop("create_session", False):
        form["create_session"] = "on"
    form.update(fields)
    return client.post(UPLOAD, form)


def review_url(report_import, page=None):
    url = reverse("admin:records_reportimport_change", args=[report_import.pk])
    return f"{url}?page={page}" if page else url


def action_url(report_import, action):
    return reverse(f"admin:records_import_{action}", args=[report_import.pk])


def latest_import():
    return ReportImport.objects.order_by("-pk").first()
