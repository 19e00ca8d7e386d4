import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from records.ingest.sources import read_sources


def paragraph_records(source_dir):
    """The paragraphs of every source document, as fixture records with natural keys."""
    records = []
    for document in read_sources(source_dir):
        for paragraph in document.paragraphs:
            records.append(
                {
                    "model": "cws_sessions.paragraph",
                    "fields": {
                        "document": [document.symbol],
                        "part": paragraph.part,
                        "number": paragraph.number,
                        "heading": paragraph.heading,
                        "text": paragraph.text,
                    },
                }
            )
    return records


def render(records):
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


class Command(BaseCommand):
    help = "Parse fixtures/sources/ into numbered paragraphs and write fixtures/10_paragraphs.json."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Only report if it is stale.")

    def handle(self, *args, check=False, **options):
        folder = Path(settings.RECORDS_FIXTURE_DIR)
        target = folder / "10_paragraphs.json"
        text = render(paragraph_records(folder / "sources"))
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                raise SystemExit(f"{target} is stale: run manage.py build_paragraphs")
            self.stdout.write("Paragraph fixture is up to date.")
            return
        target.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {len(json.loads(text))} paragraphs to {target}.")
