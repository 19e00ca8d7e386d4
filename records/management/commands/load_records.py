from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from records.ingest.loader import RecordError, load_records


class Command(BaseCommand):
    help = (
        "Load the curated records from fixtures/ in one transaction, validating every object. "
        "Re-running it leaves the same database; a broken fixture changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fixtures",
            type=Path,
            default=None,
            help="Folder of fixture files (default: the project's fixtures/).",
        )

    def handle(self, *args, fixtures=None, **options):
        folder = fixtures or Path(settings.RECORDS_FIXTURE_DIR)
        paths = sorted(folder.glob("*.json"))
        if not paths:
            raise CommandError(f"No fixture files (*.json) in {folder}.")
        try:
            result = load_records(paths)
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
