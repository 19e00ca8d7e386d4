import io
from pathlib import Path

from django.core.management.base import BaseCommand

from records.ingest.backup import export_records


class Command(BaseCommand):
    help = (
        "Write the whole knowledge base (records, their history, the accounts the history names) "
        "to a portable JSON file; `import_records` loads it into an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", nargs="?", type=Path, help="File to write (default: stdout).")

    def handle(self, *args, output=None, **options):
        if output is None:
            buffer = io.StringIO()
            count = export_records(buffer)
            self.stdout.write(buffer.getvalue(), ending="")
        else:
            with output.open("w", encoding="utf-8") as stream:
                count = export_records(stream)
            self.stderr.write(f"Wrote {count} objects to {output}.")
