"""Reading the curated source documents' text into numbered paragraphs.

The files under ``fixtures/sources/`` are PDF or Word extractions, each with its own layout
(see ``fixtures/sources/README.md``). ``fixtures/sources/manifest.json`` lists the documents
they hold, as data: the file, the symbol, the layout ("numbered": numbers printed; "tabbed":
numbers lost, each paragraph starting with a TAB), where the document starts and ends in the
file, and the few headings the capitals rule does not find. ``build_paragraphs`` writes the
result to ``fixtures/10_paragraphs.json``, and a test checks that the committed fixture is what
this parser gives.

The paragraph-reading rules themselves are not here: they are the report import's
(``records.ingest.report.rules`` and ``records.ingest.report.paragraphs``), so the curated
fixture and an imported report are read by the same code. The manifest only states, for these
five files, what the import otherwise detects (the layout, where the document starts, extra
headings); tests/ingest/test_sources_share_rules.py checks that detection agrees with it.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from records.ingest.report.paragraphs import parse_annex_sections, parse_numbered, parse_tabbed
from records.ingest.report.rules import PAGE_HEADER, is_caps_heading, strip_markdown

MANIFEST = "manifest.json"


@dataclass
class ParsedDocument:
    symbol: str
    source_file: str
    paragraphs: list


def document_lines(lines, entry):
    """The lines of one document of a source file: between ``after`` and ``until`` markers,
    from the ``starts_at`` line on, with the file's markup taken out."""
    if entry.get("after"):
        lines = lines[next(i for i, line in enumerate(lines) if entry["after"] in line) + 1 :]
    annex = []
    if entry.get("until"):
        end = next(i for i, line in enumerate(lines) if entry["until"] in line)
        lines, annex = lines[:end], lines[end + 1 :]
    if entry.get("markup") == "markdown":
        lines = strip_markdown(lines)
    if entry.get("starts_at"):
        lines = lines[
            next(i for i, line in enumerate(lines) if line.strip() == entry["starts_at"]) :
        ]
    return lines, annex


def read_document(lines, entry):
    """The paragraphs of one manifest entry, by its layout (see ``fixtures/sources/README.md``)."""
    drop = PAGE_HEADER if entry.get("drop_page_headers") else ()
    extra_headings = set(entry.get("headings", ()))
    body, annex = document_lines(lines, entry)
    if entry["layout"] == "tabbed":
        paragraphs = parse_tabbed(
            body,
            is_heading=lambda line: line.strip() in extra_headings,
            printed_numbers=entry.get("printed_numbers", False),
        )
    elif entry["layout"] == "numbered":
        paragraphs = parse_numbered(
            body,
            drop=drop,
            space_bullets=entry.get("space_bullets", False),
            headings=lambda line, *_: is_caps_heading(line) or line.strip() in extra_headings,
        )
    else:
        raise ValueError(f"{entry['file']}: unknown layout {entry['layout']!r}")
    if entry.get("annex") == "sections":
        annex = [line for line in annex if not line.strip().startswith("[")]
        paragraphs += parse_annex_sections(annex, drop=drop)
    return paragraphs


def read_manifest(directory):
    """The documents the source files hold, as ``manifest.json`` lists them."""
    return json.loads((Path(directory) / MANIFEST).read_text(encoding="utf-8"))


def read_sources(directory):
    """Every document the manifest lists, as ``ParsedDocument`` objects."""
    directory = Path(directory)
    documents = []
    for entry in read_manifest(directory):
        lines = (directory / entry["file"]).read_text(encoding="utf-8").splitlines()
        documents.append(
            ParsedDocument(entry["symbol"], entry["file"], read_document(lines, entry))
        )
    return documents
