"""Reading a CWS report (.txt, .docx or .pdf) and drafting records from it.

This package is plain Python (no Django models): the caller says which records already exist
through a ``KnownRecords`` value, and gets back a draft as a JSON-ready dict (see ``draft``).

- ``rules``: every rule of the import, each with a comment and an example (tested);
- ``paragraphs``: the shared assembly of lines into numbered paragraphs (also used by
  ``records.ingest.sources`` for the curated fixture);
- ``read_text``, ``read_docx``, ``read_pdf``: one reader per format, all giving a ``Reading``;
- ``front_matter``: symbol, title, session and date printed above the first paragraph;
- ``decisions``, ``links``, ``events``: what the Committee concluded, the records each
  conclusion names, and the history events it implies;
- ``draft``: the entry point, ``draft_report(path, symbol=..., session=..., known=...)``;
- ``scoring``: compares a draft with the curated fixture records (benchmark and tests).
"""

from records.ingest.report.errors import ReportError
from records.ingest.report.links import KnownRecords

__all__ = ["MAX_BYTES", "KnownRecords", "ReportError", "draft_report"]


def __getattr__(name):
    """``draft_report`` and ``MAX_BYTES`` load the readers (python-docx, pdfplumber) on first
    use, so that ``records.ingest.sources`` (the curated fixture) does not need them."""
    if name in ("draft_report", "MAX_BYTES"):
        from records.ingest.report import draft

        return getattr(draft, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
