"""Reading a plain-text report (a PDF or Word extraction, or markdown).

The layouts of extracted text vary (see fixtures/sources/README.md); this reader detects them:

- "numbered": the numbers are printed ("12. The CWS ...", also glued: "12.The CWS"), or every
  paragraph is printed "1." (automatic numbering exported as text: numbers inferred);
- "tabbed": the numbers were lost and each paragraph starts with a TAB (numbers inferred;
  a number that survived, "175. This report ...", is read);
- "blocks": neither; each block of lines between blank lines is a paragraph (numbers
  inferred).

The manifest of the curated sources states these choices for its five files; the same
functions (``records.ingest.report.paragraphs``) read them in both cases.
"""

from records.ingest.report.errors import ReportError
from records.ingest.report.paragraphs import (
    ParsedParagraph,
    append_line,
    parse_annex_sections,
    parse_numbered,
    parse_tabbed,
)
from records.ingest.report.reading import (
    Reading,
    choose_document,
    inferred_number_warnings,
    read_front_matter,
)
from records.ingest.report.rules import (
    ANNEX_FOLLOWS,
    DOCUMENT_FOLLOWS,
    END_MARKER,
    PAGE_HEADER,
    PAGE_HEADER_ONE_LINE,
    SYMBOL_LINE,
    agenda_item,
    fold,
    is_caps_heading,
    is_heading_line,
    is_page_header,
    is_title_line,
    looks_like_markdown,
    printed_number,
    starts_with_one_space,
    starts_with_tab,
    strip_markdown,
)

LAYOUT_DESCRIPTIONS = {
    "numbered": "paragraph numbers printed",
    "renumbered": "every paragraph printed “1.”",
    "tabbed": "paragraphs start with a TAB",
    "blocks": "paragraphs separated by blank lines",
}


def decode(data):
    """The text of a .txt file: UTF-8 (with or without BOM), else Windows-1252. A file with
    NUL bytes or control characters is not text."""
    if b"\x00" in data:
        raise ReportError("This .txt file is not plain text (it holds binary data).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise ReportError("This .txt file is neither UTF-8 nor Windows-1252 text.") from error
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(10, len(text) // 100):
        raise ReportError("This .txt file is not plain text (it holds control characters).")
    return text


def split_documents(lines):
    """[(announced symbol or None, lines)]: the parts of a file between
    "[Document X follows]" markers."""
    segments, symbol, current = [], None, []
    for line in lines:
        marker = DOCUMENT_FOLLOWS.match(line)
        if marker:
            segments.append((symbol, current))
            symbol, current = marker.group(1), []
        else:
            current.append(line)
    segments.append((symbol, current))
    return segments


def detect_layout(lines):
    """ "tabbed", "numbered", "renumbered" or "blocks" (see the module docstring)."""
    tabbed = sum(1 for line in lines if starts_with_tab(line))
    numbers = [
        number[0]
        for number in (printed_number(line) for line in lines if not starts_with_tab(line))
        if number
    ]
    if tabbed >= 3 and tabbed > len(numbers):
        return "tabbed"
    if numbers.count(1) >= 3 and 2 not in numbers:
        return "renumbered"
    if 1 in numbers:
        return "numbered"
    return "blocks"


def first_paragraph_line(lines, layout):
    for index, line in enumerate(lines):
        number = printed_number(line)
        if layout == "tabbed" and (starts_with_tab(line) or (number and number[0] == 1)):
            return index
        if layout in ("numbered", "renumbered") and number and number[0] == 1:
            return index
    return None


def cover_blocks(lines):
    """The lines above the first paragraph as blocks (split at blank lines and at frame
    starts: a line with one leading space, as PDF extractions print " INTRODUCTION"), with
    the index of each block's first line."""
    blocks, starts, current = [], [], []
    for index, line in enumerate(lines):
        if not line.strip() or starts_with_one_space(line):
            if current:
                blocks.append(current)
            current = []
            if not line.strip():
                continue
        if not current:
            starts.append(index)
        current.append(line)
    if current:
        blocks.append(current)
    return blocks, starts


def split_cover(lines):
    """(front matter, index of the first body line): the cover (symbol, date, Committee,
    session, venue) and the title after it are front matter; the headings after the title
    belong to the body, as the headings of the first paragraph."""
    blocks, starts = cover_blocks(lines)
    front = read_front_matter(blocks)
    start = starts[front.body_start] if front.body_start < len(starts) else len(lines)
    return front, start


def numbered_heading(line, blank_before, blank_after):
    """Headings of numbered text: agenda items, capitalised titles, and a title-case line
    standing alone between blank lines ("Objective")."""
    return (
        bool(agenda_item(line))
        or is_caps_heading(line)
        or (blank_before and blank_after and is_title_line(line))
    )


def parse_blocks(lines):
    """Paragraphs separated by blank lines, numbered by counting; a block of one line that
    reads as a heading is the heading of the next paragraph."""
    paragraphs, pending, block = [], [], []
    for raw in [*lines, ""]:
        line = fold(raw)
        if line.startswith("[") or is_page_header(line):
            continue
        if line:
            block.append(line)
            continue
        if len(block) == 1 and is_heading_line(block[0]):
            pending.append(block[0])
        elif block:
            paragraph = ParsedParagraph(
                number=len(paragraphs) + 1, headings=pending, number_inferred=True
            )
            pending = []
            for text in block:
                append_line(paragraph, text)
            paragraphs.append(paragraph)
        block = []
    return paragraphs


def read_lines(lines, symbol):
    """A ``Reading`` of the lines of a text file, for the document ``symbol``."""
    warnings = []
    (announced, lines), others = choose_document(split_documents(lines), symbol, warnings)
    end = next((i for i, line in enumerate(lines) if END_MARKER.match(line)), len(lines))
    lines = lines[:end]
    if looks_like_markdown(lines):
        lines = strip_markdown(lines)
    annex_at = next((i for i, line in enumerate(lines) if ANNEX_FOLLOWS.match(line)), None)
    body, annex = (lines, []) if annex_at is None else (lines[:annex_at], lines[annex_at + 1 :])
    layout = detect_layout(body)
    first = first_paragraph_line(body, layout)
    front, start = split_cover(body[:first] if first is not None else body)
    body = body[start:]
    if layout == "tabbed":
        paragraphs = parse_tabbed(
            body, is_heading=is_heading_line, printed_numbers=True, warnings=warnings
        )
    elif layout == "blocks":
        paragraphs = parse_blocks(body)
    else:
        paragraphs = parse_numbered(
            body,
            drop=PAGE_HEADER,
            headings=numbered_heading,
            space_bullets=True,
            renumber=layout == "renumbered",
            warnings=warnings,
        )
    annex = [line for line in annex if not line.strip().startswith("[")]
    if annex:
        if detect_layout(annex) in ("numbered", "renumbered") and _starts_numbered(annex):
            annex_paragraphs = parse_numbered(annex, drop=PAGE_HEADER, headings=numbered_heading)
            for paragraph in annex_paragraphs:
                paragraph.part = "annex"
        else:
            annex_paragraphs = parse_annex_sections(annex, drop=PAGE_HEADER)
        paragraphs += annex_paragraphs
    warnings += inferred_number_warnings(paragraphs, LAYOUT_DESCRIPTIONS[layout])
    printed = [announced] if announced else []
    printed += [s for s in (_printed_symbol(line) for line in lines) if s]
    return Reading(
        paragraphs=paragraphs,
        front=front,
        printed_symbols=list(dict.fromkeys(printed)),
        other_documents=others,
        warnings=warnings,
        layout=f"text: {LAYOUT_DESCRIPTIONS[layout]}",
    )


def _starts_numbered(lines):
    """An annex has its own paragraph numbers when its first numbered line is "1." and comes
    before any other text than headings."""
    for line in lines:
        if not line.strip() or is_heading_line(line) or is_page_header(line):
            continue
        number = printed_number(line)
        return bool(number and number[0] == 1)
    return False


def _printed_symbol(line):
    """The symbol a page prints: a symbol line ("CWS/13/14") or a one-line running header
    ("CWS/13/14 page 2")."""
    text = fold(line)
    match = SYMBOL_LINE.match(text)
    if match:
        return match.group(1)
    if PAGE_HEADER_ONE_LINE.match(text):
        return text.split()[0]
    return None


def read_text(data, symbol):
    """A ``Reading`` of the bytes of a .txt file."""
    text = decode(data)
    if not text.strip():
        raise ReportError("The file is empty.")
    reading = read_lines(text.splitlines(), symbol)
    if not reading.paragraphs:
        raise ReportError("No paragraphs were found in this text file.")
    return reading
