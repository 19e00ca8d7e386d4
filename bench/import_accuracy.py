"""Accuracy and speed of the report import, per document and format (issue 11).

    DJANGO_DEBUG=1 /work/main/.venv/bin/python bench/import_accuracy.py [--write] [--repeat N]
                                                                       [--empty]

Re-imports the six source documents (fixtures/sources/manifest.json) as text (the source
files themselves), as Word (tests/ingest/files/<stem>.docx) and as PDF (the .pdf LibreOffice
made from the .docx; see scripts/make_test_reports.py), and compares each draft with the
curated records (fixtures/*.json), which are the truth. Nothing is written to a database: the
fixtures are read as JSON, and the "known records" are the Tasks, Standards, Task Forces,
documents and sessions the curated fixtures hold (as when re-importing into the curated
database); ``--empty`` drafts against an empty database instead.

Columns (definitions in records/ingest/report/scoring.py):
- paragraphs: curated paragraphs drafted with the same part, number and text (white space
  folded); "+n" counts drafted paragraphs the curators do not have;
- recall: curated decisions matched by a drafted one. *Match*: the same paragraph (part and
  number), and one wording contains the other once white space and typographic quotes are
  folded; one to one, in paragraph order;
- kind: matched decisions drafted with the curated kind and nature;
- precision: drafted decisions that match a curated one;
- links: curated links (Tasks, Standards, Task Forces: the history events whose decision is
  that decision) of matched decisions that the draft also has; "named": the same, counting only
  links to records the document names somewhere; "link prec.": shared links / drafted links;
- events: curated (record, event kind) pairs of matched decisions that the draft proposes;
- seconds: the median of ``--repeat`` imports (reading the file and drafting), on this machine.

``--write`` puts the table in bench/RESULTS.md, in its own section at the end (between
"import-accuracy" markers, replaced on the next run; other sections are left alone).
"""

import argparse
import statistics
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from records.ingest.report import KnownRecords, draft_report  # noqa: E402
from records.ingest.report.scoring import (  # noqa: E402
    Score,
    curated_known_records,
    load_truth,
    score,
)
from records.ingest.sources import read_manifest  # noqa: E402

FIXTURES = ROOT / "fixtures"
SOURCES = FIXTURES / "sources"
FILES = ROOT / "tests" / "ingest" / "files"
RESULTS = ROOT / "bench" / "RESULTS.md"
START, END = "<!-- import-accuracy:start -->", "<!-- import-accuracy:end -->"
FORMATS = ("txt", "docx", "pdf")


def report_file(entry, file_format):
    """The file the benchmark imports for a manifest entry in a format."""
    if file_format == "txt":
        return SOURCES / entry["file"]
    return FILES / f"{Path(entry['file']).stem}.{file_format}"


def run(repeat, known):
    """[(symbol, format, Score, seconds)] for every document and format."""
    truths = load_truth(FIXTURES)
    rows = []
    for entry in read_manifest(SOURCES):
        truth = truths[entry["symbol"]]
        for file_format in FORMATS:
            path = report_file(entry, file_format)
            timings, draft = [], None
            for _ in range(repeat):
                started = time.perf_counter()
                draft = draft_report(
                    path, symbol=entry["symbol"], session=truth.session, known=known
                )
                timings.append(time.perf_counter() - started)
            rows.append(
                (entry["symbol"], file_format, score(draft, truth), statistics.median(timings))
            )
    return rows


def total(rows, file_format=None):
    """The scores of several rows added up (a ratio of sums, not a mean of ratios)."""
    result = Score()
    for _, row_format, row_score, _ in rows:
        if file_format and row_format != file_format:
            continue
        for name in (
            "paragraphs_total",
            "paragraphs_exact",
            "extra_paragraphs",
            "curated",
            "drafted",
            "matched",
            "matched_drafted",
            "kind_right",
            "links_curated",
            "links_named",
            "links_found",
            "links_found_named",
            "links_drafted",
            "events_curated",
            "events_found",
        ):
            setattr(result, name, getattr(result, name) + getattr(row_score, name))
    return result


def percent(ratio):
    return f"{ratio * 100:.1f}%"


def line(label, file_format, s, seconds):
    extra = f" +{s.extra_paragraphs}" if s.extra_paragraphs else ""
    return (
        f"| {label} | {file_format} | {percent(s.paragraph_accuracy)} "
        f"({s.paragraphs_exact}/{s.paragraphs_total}{extra}) "
        f"| {percent(s.recall)} ({s.matched}/{s.curated}) | {percent(s.kind_accuracy)} "
        f"| {percent(s.precision)} ({s.matched_drafted}/{s.drafted}) "
        f"| {percent(s.link_recall)} ({s.links_found}/{s.links_curated}) "
        f"| {percent(s.link_recall_named)} "
        f"| {percent(s.link_precision)} ({s.links_found}/{s.links_drafted}) "
        f"| {percent(s.event_agreement)} ({s.events_found}/{s.events_curated}) | {seconds} |"
    )


def table(rows):
    out = [
        "| document | format | paragraphs exact | decision recall | kind | precision "
        "| links | links (named) | link prec. | events | seconds |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for symbol, file_format, row_score, seconds in rows:
        out.append(line(symbol, file_format, row_score, f"{seconds:.2f}"))
    for file_format in FORMATS:
        out.append(line("**all six**", file_format, total(rows, file_format), ""))
    return "\n".join(out)


def section(rows, command, known_label):
    timings = {f: s for symbol, f, _, s in rows if symbol == "CWS/12/29"}
    by_format = {
        f: [
            f"{symbol}: {m}"
            for symbol, row_format, s, _ in rows
            if row_format == f
            for m in s.missed_links
        ]
        for f in FORMATS
    }
    same = all(by_format[f] == by_format["txt"] for f in FORMATS)
    missed = (
        [f"- {m}" for m in by_format["txt"]]
        if same
        else [f"- {f}: {m}" for f in FORMATS for m in by_format[f]]
    )
    misses = [f"{symbol} {f}: {m}" for symbol, f, s, _ in rows for m in s.misses]
    extras = [f"{symbol} {f}: {m}" for symbol, f, s, _ in rows for m in s.extras]
    parts = [
        START,
        "## Report import accuracy (issue 11): "
        "`DJANGO_DEBUG=1 /work/main/.venv/bin/python bench/import_accuracy.py --write`",
        "",
        textwrap.fill(
            "The six curated source documents re-imported as text (the source files), Word "
            "and PDF (tests/ingest/files/, made by scripts/make_test_reports.py) and compared "
            f"with the curated records, {known_label}. Definitions are in the script's "
            'docstring and in records/ingest/report/scoring.py; "links (named)" leaves out '
            "curated links to records the document never names (the curators took them from "
            f"another document). Run on {date.today().isoformat()}, 2 shared cores, Python "
            f"{sys.version.split()[0]}.",
            width=100,
        ),
        "",
        f"Command: `{command}`",
        "",
        table(rows),
        "",
        textwrap.fill(
            "Import time of CWS/12/29 (175 paragraphs, reading and drafting, median): "
            + ", ".join(f"{f} {s:.2f} s" for f, s in timings.items())
            + ".",
            width=100,
        ),
        "",
        "Curated links the draft misses"
        + (" (the same in the three formats):" if same else ", by format:"),
        *missed,
        "",
        "Curated decisions missed: " + ("; ".join(misses) if misses else "none") + ".",
        "Drafted decisions with no curated match: "
        + ("; ".join(extras) if extras else "none")
        + ".",
        END,
    ]
    return "\n".join(parts)


def write_section(text):
    current = RESULTS.read_text(encoding="utf-8")
    if START in current and END in current:
        before, rest = current.split(START, 1)
        after = rest.split(END, 1)[1]
        current = before.rstrip("\n") + "\n\n" + text + after
    else:
        current = current.rstrip("\n") + "\n\n" + text + "\n"
    RESULTS.write_text(current, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="Write the table to RESULTS.md.")
    parser.add_argument("--repeat", type=int, default=3, help="Imports per file (median time).")
    parser.add_argument("--empty", action="store_true", help="Draft against an empty database.")
    args = parser.parse_args()
    known = KnownRecords() if args.empty else curated_known_records(FIXTURES)
    known_label = (
        "drafted against an empty database"
        if args.empty
        else "drafted against the records the curated fixtures hold"
    )
    rows = run(args.repeat, known)
    command = "DJANGO_DEBUG=1 /work/main/.venv/bin/python bench/import_accuracy.py " + " ".join(
        sys.argv[1:]
    )
    text = section(rows, command.strip(), known_label)
    print(text)
    if args.write:
        write_section(text)
        print(f"\nWritten to {RESULTS.relative_to(ROOT)}.")


if __name__ == "__main__":
    main()
