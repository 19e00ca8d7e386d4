from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from records.ingest.backup import NotEmpty, import_records


class Command(BaseCommand):
    help = "Restore a file written by `export_records` into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("input", type=Path)

    def handle(self, *args, input, **options):
        try:
            with input.open(encoding="utf-8") as stream:
                count = import_records(stream)
        except (OSError, NotEmpty, ValueError) as exc:
            raise CommandError(f"Nothing was restored: {exc}") from exc
        self.stdout.write(self.style.SUCCESS(f"Restored {count} objects from {input}."))
