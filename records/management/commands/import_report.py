"""Import a session report (.docx, .pdf or .txt): a draft for review, or a dry run.

    python manage.py import_report FILE --symbol CWS/12/29 --session 12 --dry-run --json

reads the file and prints the draft (the document, its numbered paragraphs, agenda items,
decisions with their links, proposed history events, new records and warnings; see
``records.ingest.report.draft``) as one JSON object, or a summary without ``--json``. It writes
nothing.

    python manage.py import_report FILE --symbol CWS/12/29 --session 12 [--user NAME]

reads the file the same way and stores the draft for review in the admin (Records > Report
imports), where staff review and publish it; nothing is public until then. A session that is
not in the records is refused unless ``--create-session`` asks publishing to create it.

The records that already exist are read from the database through the app registry (by model
label, so that this kernel app imports no other app); an empty database simply makes every
name in the report a proposed new record.
"""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from records.ingest.imports.start import (
    ImportRefused,
    check_size,
    document_kinds,
    known_records,
    start_import,
)
from records.ingest.report import ReportError, draft_report


class Command(BaseCommand):
    help = "Draft the records of a report file (.docx, .pdf or .txt) for review, or dry-run it."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The report: a .docx, .pdf or .txt file.")
        parser.add_argument("--symbol", required=True, help='The symbol, e.g. "CWS/12/29".')
        parser.add_argument("--session", type=int, required=True, help="The session, e.g. 12.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only read the file and show the draft."
        )
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print the draft as JSON."
        )
        parser.add_argument(
            "--create-session",
            action="store_true",
            help="If the session is not in the records, have publishing create it.",
        )
        parser.add_argument(
            "--kind",
            default="session_report",
            help="The kind of document, if it is not in the records yet (default: session_report).",
        )
        parser.add_argument("--user", help="The staff account recorded as the importer.")

    def handle(self, *args, file, symbol, session, dry_run=False, as_json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        if not dry_run:
            return self.store(path, symbol, session, **options)
        known, warning = known_records()
        try:
            draft = draft_report(path, symbol=symbol.strip(), session=session, known=known)
        except ReportError as error:
            raise CommandError(f"{path.name}: {error}") from error
        if warning:
            draft["warnings"].insert(0, warning)
        if as_json:
            self.stdout.write(json.dumps(draft, ensure_ascii=False, indent=1))
        else:
            self.stdout.write(summary(draft))

    def store(self, path, symbol, session, *, create_session, kind, user, **options):
        """Store the draft for review; nothing is written if anything is wrong."""
        if kind not in dict(document_kinds()):
            choices = ", ".join(dict(document_kinds()))
            raise CommandError(f"Unknown --kind {kind!r}: one of {choices}.")
        account = None
        if user:
            account = get_user_model().objects.filter(username=user, is_staff=True).first()
            if account is None:
                raise CommandError(f"No staff account named {user!r}. Nothing was written.")
        try:
            check_size(path.stat().st_size)
            report_import = start_import(
                path.read_bytes(),
                path.name,
                symbol=symbol,
                session=session,
                user=account,
                create_session=create_session,
                document_kind=kind,
            )
        except ImportRefused as refused:
            hint = " (or pass --create-session)" if refused.missing_session else ""
            raise CommandError(f"{path.name}: {refused}{hint} Nothing was written.") from refused
        self.stdout.write(summary(report_import.draft, stored=True))
        self.stdout.write(
            f"Draft stored for review as import {report_import.pk}: "
            f"{reverse('admin:records_reportimport_change', args=[report_import.pk])}"
        )


def summary(draft, stored=False):
    """A short human-readable account of a draft."""
    document = draft["document"]
    lines = [
        f"{document['symbol']} (session {document['session']}), {document['layout']}",
        f"title: {document['title'] or '(none printed)'}; date: {document['date'] or '(none)'}",
        f"{len(draft['paragraphs'])} paragraphs, {len(draft['agenda_items'])} agenda items, "
        f"{len(draft['decisions'])} decisions, {len(draft['events'])} proposed events",
    ]
    for kind, keys in draft["new_records"].items():
        if keys:
            lines.append(f"new {kind.replace('_', ' ')}: {', '.join(map(str, keys))}")
    lines += [f"warning: {warning}" for warning in draft["warnings"]]
    if not stored:
        lines.append("Dry run: nothing was written.")
    return "\n".join(lines)
