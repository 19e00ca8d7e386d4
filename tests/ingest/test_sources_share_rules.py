"""One set of paragraph-reading rules: the curated fixture and the import read text the same way.

build_paragraphs reads the sources with the layout the manifest states; the import detects it.
Both call records/ingest/report/paragraphs.py with the rules of records/ingest/report/rules.py.
"""

import inspect
from pathlib import Path

import pytest

from records.ingest import sources
from records.ingest.report.read_text import read_text
from records.management.commands.build_paragraphs import paragraph_records, render

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "fixtures" / "sources"
ENTRIES = sources.read_manifest(SOURCES)


def test_the_paragraph_fixture_is_what_the_rules_give():
    """What `manage.py build_paragraphs --check` checks: byte-identical."""
    fixture = (ROOT / "fixtures" / "10_paragraphs.json").read_text(encoding="utf-8")
    assert render(paragraph_records(SOURCES)) == fixture


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["symbol"] for e in ENTRIES])
def test_the_import_detects_what_the_manifest_states(entry):
    """Without the manifest's hints, the import reads each source into the same paragraphs:
    numbers, parts, headings and text, character for character."""
    path = SOURCES / entry["file"]
    stated = sources.read_document(path.read_text(encoding="utf-8").splitlines(), entry)
    detected = read_text(path.read_bytes(), entry["symbol"]).paragraphs

    def rows(paragraphs):
        return [(p.part, p.number, p.heading, p.text) for p in paragraphs]

    assert rows(detected) == rows(stated)


def test_sources_keeps_no_paragraph_rules_of_its_own():
    """sources.py only turns the manifest into calls of the shared functions."""
    code = inspect.getsource(sources)
    assert "re.compile" not in code
    assert "def parse_" not in code
    assert sources.parse_numbered.__module__ == "records.ingest.report.paragraphs"
