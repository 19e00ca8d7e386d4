"""Starting an import: a file (its bytes and name), the symbol and the session the uploader
gives, read into a draft and stored for review. Nothing else is written; bad input is refused
with a message for the person who gave it, and writes nothing at all."""

from pathlib import Path

from django.apps import apps
from django.db import DatabaseError
from django.utils.translation import gettext as _

import records.ingest.report.draft as reader
from records.ingest.report import KnownRecords, ReportError
from records.models import ReportImport

# (model label, field) for each kind of record the draft links.
KNOWN_FIELDS = {
    "tasks": ("tasks.Task", "number"),
    "standards": ("standards.Standard", "code"),
    "task_forces": ("tasks.TaskForce", "name"),
    "documents": ("cws_sessions.Document", "symbol"),
    "sessions": ("cws_sessions.Session", "number"),
}


class ImportRefused(ValueError):
    """The import cannot start; the message says why, for the person who asked for it.
    ``missing_session`` is set when the only fault is a session that is not in the records."""

    def __init__(self, message, missing_session=None):
        super().__init__(message)
        self.missing_session = missing_session


def known_records():
    """The keys of the records in the database, and a warning if they could not be read."""
    values = {}
    for name, (label, field) in KNOWN_FIELDS.items():
        try:
            model = apps.get_model(label)
            values[name] = set(model.objects.values_list(field, flat=True))
        except (LookupError, DatabaseError) as error:
            return KnownRecords(), f"The records could not be read ({error}): all names are new."
    return KnownRecords(**values), None


def document_kinds():
    """The kinds a document may have, as the documents' model defines them: [(value, label)]."""
    return list(apps.get_model("cws_sessions.Document")._meta.get_field("kind").choices)


def session_exists(number):
    return apps.get_model("cws_sessions.Session").objects.filter(number=number).exists()


def max_bytes():
    """The size limit, the reader's (read at each call, so that tests can lower it)."""
    return reader.MAX_BYTES


def check_size(size):
    if size > max_bytes():
        raise ImportRefused(
            _("The file is %(size).1f MB; the limit is %(limit)d MB.")
            % {"size": size / 1024 / 1024, "limit": max_bytes() // 1024 // 1024}
        )


def read_draft(data, file_name, symbol, session):
    """The draft of a file's bytes, or ImportRefused with the reader's message."""
    extension = Path(file_name).suffix.lower()
    if extension not in reader.READERS:
        raise ImportRefused(
            _("Unsupported file type “%(type)s”: upload a .docx, .pdf or .txt file.")
            % {"type": extension or file_name}
        )
    check_size(len(data))
    known, warning = known_records()
    try:
        draft = reader.draft_from_bytes(
            data, extension, symbol=symbol, session=session, known=known
        )
    except ReportError as error:
        raise ImportRefused(str(error)) from error
    if warning:
        draft["warnings"].insert(0, warning)
    return draft


def start_import(
    data,
    file_name,
    *,
    symbol,
    session,
    user=None,
    create_session=False,
    document_kind="session_report",
):
    """Read the file and store its draft for review; the ``ReportImport``, or ImportRefused.

    A session that is not in the records is refused unless ``create_session`` says that
    publishing should create it; the file is read first, so that a bad file is named first.
    """
    symbol = " ".join(symbol.split())
    if not symbol:
        raise ImportRefused(_("Give the document's symbol, as printed on it (e.g. CWS/12/29)."))
    kinds = dict(document_kinds())
    if document_kind not in kinds:
        raise ImportRefused(_("Unknown kind of document “%(kind)s”.") % {"kind": document_kind})
    draft = read_draft(data, file_name, symbol, session)
    exists = session_exists(session)
    if not exists and not create_session:
        raise ImportRefused(
            _(
                "Session %(session)s is not in the records yet. Tick “create the session” to "
                "have publishing create it (with its number only), or check the number."
            )
            % {"session": session},
            missing_session=session,
        )
    report_import = ReportImport(
        symbol=symbol,
        session=session,
        create_session=create_session and not exists,
        document_kind=document_kind,
        file_name=Path(file_name).name[:255],
        file_data=data,
        draft=draft,
        imported_by=user,
    )
    if user is not None:
        report_import._history_user = user
    report_import.save()
    return report_import
