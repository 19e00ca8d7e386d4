from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from records.ingest.backup import BackupError, NotEmpty, import_records


class Command(BaseCommand):
    help = (
        "Restore a file written by `export_records` into an empty, migrated database (no records "
        "and no account that the backup's would replace); nothing is restored on any fault."
    )

    def add_arguments(self, parser):
        parser.add_argument("input", type=Path)

    def handle(self, *args, input, **options):
        try:
            with input.open(encoding="utf-8") as stream:
                count = import_records(stream, name=input.name)
        except (OSError, UnicodeDecodeError, NotEmpty, BackupError) as exc:
            raise CommandError(f"Nothing was restored: {exc}") from exc
        self.stdout.write(self.style.SUCCESS(f"Restored {count} objects from {input}."))
