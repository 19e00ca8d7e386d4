from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from records.ingest.loader import RecordError, load_records


class Command(BaseCommand):
    help = (
        "Load the curated records from fixtures/ in one transaction, validating every object. "
        "Re-running it leaves the same database; a broken fixture changes nothing. Records that "
        "staff changed since they were last loaded are left as they are and listed; name one "
        "with --overwrite to put the curated version back."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fixtures",
            type=Path,
            default=None,
            help="Folder of fixture files (default: the project's fixtures/).",
        )
        parser.add_argument(
            "--overwrite",
            action="append",
            default=[],
            metavar="RECORD",
            help=(
                "Put this record back as the fixtures have it although staff changed it; "
                "RECORD as the list of kept records names it, e.g. 'tasks.task [24]'. Repeat "
                "for several."
            ),
        )

    def handle(self, *args, fixtures=None, overwrite=(), **options):
        folder = fixtures or Path(settings.RECORDS_FIXTURE_DIR)
        paths = sorted(folder.glob("*.json"))
        if not paths:
            raise CommandError(f"No fixture files (*.json) in {folder}.")
        try:
            result = load_records(paths, overwrite=overwrite)
        except RecordError as exc:
            raise CommandError(f"Nothing was loaded. {exc}") from exc
        for label, count in sorted(result.counts.items()):
            self.stdout.write(f"  {label}: {count}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {result.total} records from {len(paths)} files; "
                f"{result.history_created} history entries written."
            )
        )
        for key in result.overwritten:
            self.stdout.write(self.style.WARNING(f"Put back as the fixtures have it: {key}"))
        for key in set(overwrite) - set(result.overwritten):
            self.stdout.write(self.style.WARNING(f"Not overwritten (nothing to put back): {key}"))
        if result.kept:
            self.report_kept(result.kept)

    def report_kept(self, kept):
        self.stdout.write(
            self.style.WARNING(
                f"{len(kept)} records were changed by staff after they were last loaded and "
                "differ from the fixtures; they were left as they are. To put one back as the "
                "fixtures have it, run load_records --overwrite 'RECORD'."
            )
        )
        for record in kept:
            when = timezone.localtime(record.when).strftime("%Y-%m-%d %H:%M")
            action = "deleted" if record.deleted else "changed"
            self.stdout.write(f"  {record.key}: {action} by {record.who} on {when}")
            for name, fixtures, database in record.differences:
                self.stdout.write(f"    {name}:")
                self.stdout.write(f"      fixtures: {fixtures!r}")
                self.stdout.write(f"      database: {database!r}")
