import io
import os
from pathlib import Path

from django.core.management.base import BaseCommand

from records.ingest.backup import export_records


class Command(BaseCommand):
    help = (
        "Write the whole knowledge base (records, their history, the accounts the history names, "
        "without password hashes unless --with-password-hashes) to a portable JSON file, "
        "readable by its owner only; `import_records` loads it into an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", nargs="?", type=Path, help="File to write (default: stdout).")
        parser.add_argument(
            "--with-password-hashes",
            action="store_true",
            help="Keep the accounts' password hashes (otherwise they need a new password).",
        )

    def handle(self, *args, output=None, with_password_hashes=False, **options):
        if output is None:
            buffer = io.StringIO()
            count = export_records(buffer, with_password_hashes=with_password_hashes)
            self.stdout.write(buffer.getvalue(), ending="")
            return
        # created readable by the owner alone (an existing file is made so before it is written)
        handle = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            count = export_records(stream, with_password_hashes=with_password_hashes)
        hashes = "with" if with_password_hashes else "without"
        self.stderr.write(f"Wrote {count} objects to {output} ({hashes} password hashes).")
