"""Draft records from a session report (.docx, .pdf or .txt): the dry run of the report import.

    python manage.py import_report FILE --symbol CWS/12/29 --session 12 --dry-run --json

reads the file and prints the draft (the document, its numbered paragraphs, agenda items,
decisions with their links, proposed history events, new records and warnings; see
``records.ingest.report.draft``) as one JSON object, or a summary without ``--json``. It writes
nothing. Storing the draft for review in the admin is not available yet, so the command refuses
to run without ``--dry-run``.

The records that already exist are read from the database through the app registry (by model
label, so that this kernel app imports no other app); an empty database simply makes every
name in the report a proposed new record.
"""

import json
from pathlib import Path

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from records.ingest.report import KnownRecords, ReportError, draft_report

# (model label, field) for each kind of record the draft links.
KNOWN_FIELDS = {
    "tasks": ("tasks.Task", "number"),
    "standards": ("standards.Standard", "code"),
    "task_forces": ("tasks.TaskForce", "name"),
    "documents": ("cws_sessions.Document", "symbol"),
    "sessions": ("cws_sessions.Session", "number"),
}


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


class Command(BaseCommand):
    help = "Draft the records of a report file (.docx, .pdf or .txt); dry run only for now."

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

    def handle(self, *args, file, symbol, session, dry_run=False, as_json=False, **options):
        if not dry_run:
            raise CommandError(
                "Only --dry-run is available: storing the draft for review in the admin is not "
                "built yet. Nothing was read or written."
            )
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
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


def summary(draft):
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
    lines.append("Dry run: nothing was written.")
    return "\n".join(lines)
