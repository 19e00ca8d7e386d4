"""What every reader returns, and the steps all formats share.

A reader (``read_text``, ``read_docx``, ``read_pdf``) turns a file into a ``Reading``: the
paragraphs of the one document asked for, its front matter (symbol, title, session, date as
printed above the first paragraph), the symbols printed on its pages (cover, running headers),
the other documents the file holds, and warnings. Choosing the document in a file that holds
several ("[Document CWS/11/10 follows]") and reading the front matter are the same for every
format, so they are here.
"""

import datetime
from dataclasses import dataclass, field

from records.ingest.report.rules import (
    COMMITTEE_LINE,
    DATE_LINE,
    ORIGINAL_LINE,
    PREPARED_BY,
    SESSION_LINE,
    SYMBOL_LINE,
    VENUE_LINE,
    fold,
    is_page_header,
    ordinal_number,
    parse_date,
    same_symbol,
)


@dataclass
class FrontMatter:
    """What the cover of a document prints above its first paragraph."""

    symbol: str | None = None
    title: str = ""
    session: int | None = None
    date: datetime.date | None = None
    headings: list = field(default_factory=list)
    body_start: int = 0


@dataclass
class Reading:
    paragraphs: list
    front: FrontMatter
    printed_symbols: list = field(default_factory=list)
    other_documents: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    layout: str = ""


def read_front_matter(blocks):
    """The cover of a document from its first blocks (each a list of lines): the symbol line,
    "DATE: ...", "Committee on WIPO Standards (CWS)", "Twelfth Session", the venue, then the
    title (the first other block after them) and "Document prepared by ...". Blocks after the
    title head the first paragraph. ``body_start`` is the index of the first block that is
    neither cover nor title.

    [["CWS/11/10"], ["DATE: OCTOBER 13, 2023"], ["Eleventh Session"], ["REPORT BY ..."],
    ["INTRODUCTION"]] -> symbol CWS/11/10, date 2023-10-13, session 11, title "REPORT BY ...",
    headings ["INTRODUCTION"]."""
    front = FrontMatter()
    cover_seen = False
    for index, block in enumerate(blocks):
        rest = []
        for line in block:
            line = fold(line).strip("*").strip()
            if not line or is_page_header(line) and not SYMBOL_LINE.match(line):
                continue
            symbol = SYMBOL_LINE.match(line)
            session = SESSION_LINE.match(line)
            printed_date = DATE_LINE.match(line)
            if symbol:
                front.symbol = front.symbol or symbol.group(1)
            elif printed_date:
                front.date = front.date or parse_date(printed_date.group(1))
            elif session and ordinal_number(session.group(1)):
                front.session = front.session or ordinal_number(session.group(1))
            elif not (
                ORIGINAL_LINE.match(line)
                or COMMITTEE_LINE.match(line)
                or VENUE_LINE.match(line)
                or PREPARED_BY.match(line)
            ):
                rest.append(line)
                continue
            cover_seen = True
        if not rest:
            front.body_start = index + 1
            continue
        if cover_seen and not front.title and not front.headings:
            front.title = " ".join(rest)
            front.body_start = index + 1
        else:
            front.headings.append(" ".join(rest))
    return front


def choose_document(segments, symbol, warnings):
    """The part of a file that holds the document ``symbol``. ``segments`` is a list of
    (symbol announced by a "[Document X follows]" marker, or None for the first part, items).
    The first part is the default; the other documents are named in a warning."""
    chosen = next((s for s in segments if s[0] and same_symbol(s[0], symbol)), segments[0])
    others = [s[0] for s in segments if s[0] and s is not chosen]
    if chosen[0] is None and others:
        warnings.append(
            f"The file also holds {', '.join(others)} (after “[Document … follows]”): "
            "import it separately with its own --symbol."
        )
    elif chosen[0] is not None:
        warnings.append(
            f"The file holds more than one document: read {chosen[0]}, the part after "
            f"“[Document {chosen[0]} follows]”."
        )
    return chosen, others


def inferred_number_warnings(paragraphs, how):
    """One warning per part whose paragraph numbers were counted rather than read."""
    warnings = []
    for part in ("body", "annex"):
        numbers = [p.number for p in paragraphs if p.part == part and p.number_inferred]
        if numbers:
            where = "annex sections" if part == "annex" else "paragraphs"
            span = f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else str(numbers[0])
            count = len(numbers)
            warnings.append(
                f"Numbers of {count} {where} ({span}) are inferred, not printed ({how}): "
                "check them against the original."
                if part == "body"
                else f"The annex is not numbered: its {count} sections are numbered in order "
                f"({span})."
            )
    return warnings
