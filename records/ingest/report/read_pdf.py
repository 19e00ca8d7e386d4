"""Reading a text PDF report with pdfplumber (MIT, on pdfminer.six; not PyMuPDF, which is AGPL).

Words are grouped into lines (same baseline) and lines into blocks (a vertical gap larger
than half the body font size, a change between bold and regular, or a line that starts a
bullet, a lettered item or the next paragraph number). Then:

- page furniture goes: blocks that are only a running header ("CWS/13/14" / "page 2",
  "Annex, page 6"), page numbers, footnotes (lines in a smaller font at the bottom of a page)
  and footnote reference marks (small raised digits);
- a block that starts with the next paragraph number ("12. The CWS ...") starts a paragraph;
  an agenda item line, or an all-bold block that is no sentence, is a heading; bullets,
  lettered items and quotes are lines of the paragraph before them; the first block of a page
  continues the paragraph of the previous page;
- lines wrapped inside a block are joined ("cost-" + "effective" -> "cost-effective").

A PDF whose paragraphs lost their numbers is read block by block, numbers inferred. A PDF
with no text layer (a scan) or with a password is refused.
"""

import io
from collections import Counter
from dataclasses import dataclass

import pdfplumber
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from records.ingest.report.errors import ReportError
from records.ingest.report.paragraphs import Block, assemble_blocks
from records.ingest.report.reading import (
    Reading,
    choose_document,
    inferred_number_warnings,
    read_front_matter,
)
from records.ingest.report.rules import (
    ANNEX_FOLLOWS,
    BULLET_RE,
    BULLETS,
    DOCUMENT_FOLLOWS,
    END_MARKER,
    QUOTE_START,
    SUBITEM_RE,
    SYMBOL_LINE,
    agenda_item,
    fold,
    is_bold_heading,
    is_page_header,
    line_joiner,
    printed_number,
)

BOLD_NAMES = ("bold", "black", "heavy", "semibold")


@dataclass
class Line:
    page: int
    top: float
    bottom: float
    size: float
    bold: bool
    text: str


def _is_bold(fontname):
    return any(name in fontname.lower() for name in BOLD_NAMES)


READ_ERRORS = (
    PdfminerException,
    MalformedPDFException,
    PDFSyntaxError,
    PSException,
    ValueError,
    KeyError,
    TypeError,
)


def read_glyphs(data):
    """The glyphs of every page, or a ReportError saying why the PDF cannot be read.
    pdfplumber wraps pdfminer's errors (an encrypted file among them) in its own."""
    if data.lstrip()[:5] != b"%PDF-":
        raise ReportError("This file is not a PDF document.")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return page_glyphs(pdf)
    except READ_ERRORS as error:
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ReportError(
                "This PDF is encrypted (password protected): it cannot be read."
            ) from error
        raise ReportError("This PDF is damaged or not a PDF document.") from error


@dataclass
class Glyph:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


def _glyphs_of(container, page, height, out):
    for item in container:
        if isinstance(item, LTChar):
            out.append(
                Glyph(
                    page,
                    item.get_text(),
                    item.x0,
                    item.x1,
                    height - item.y1,
                    height - item.y0,
                    round(item.size, 1),
                    _is_bold(item.fontname),
                )
            )
        elif isinstance(item, LTContainer):
            _glyphs_of(item, page, height, out)


def page_glyphs(pdf):
    """Every glyph of every page. pdfminer's layout objects are read directly (through
    pdfplumber's page) rather than as pdfplumber's per-character dicts, which take as long
    again to build as the page takes to parse."""
    glyphs = []
    for number, page in enumerate(pdf.pages):
        _glyphs_of(page.layout, number, float(page.height), glyphs)
    return glyphs


def body_font_size(glyphs):
    """The size most characters are printed in."""
    sizes = Counter(g.size for g in glyphs if not g.text.isspace())
    return sizes.most_common(1)[0][0]


def build_lines(glyphs, body_size):
    """Glyphs grouped into lines by baseline, a space where glyphs stand apart; small raised
    digits (footnote marks) dropped."""
    lines, current = [], []

    def flush():
        printed = [g for g in current if not g.text.isspace()]
        main = [g for g in printed if g.size >= body_size - 2.5]
        if not main and "".join(g.text for g in printed).strip("*†‡ ").isdigit():
            return  # a raised footnote mark on a baseline of its own
        main = main or printed
        if not main:
            return
        main.sort(key=lambda g: g.x0)
        text, previous = "", None
        for glyph in main:
            if previous is not None and glyph.x0 - previous.x1 > min(glyph.size, 12) * 0.15:
                text += " "
            text += glyph.text
            previous = glyph
        sizes = Counter(g.size for g in main)
        lines.append(
            Line(
                page=main[0].page,
                top=min(g.top for g in main),
                bottom=max(g.bottom for g in main),
                size=sizes.most_common(1)[0][0],
                bold=all(g.bold for g in main),
                text=text,
            )
        )

    for glyph in sorted(glyphs, key=lambda g: (g.page, round(g.bottom), g.x0)):
        if current and (
            glyph.page != current[0].page or abs(glyph.bottom - current[-1].bottom) > 2.5
        ):
            flush()
            current = []
        current.append(glyph)
    flush()
    return sorted(lines, key=lambda line: (line.page, line.top))


def drop_footnotes(lines, body_size):
    """Lines in a smaller font at the bottom of a page are footnotes, and a lone number at
    the bottom is a page number: both go."""
    kept, by_page = [], {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    for page_lines in by_page.values():
        end = len(page_lines)
        while end and (
            page_lines[end - 1].size < body_size - 1
            or fold(page_lines[end - 1].text).strip("-– ").isdigit()
        ):
            end -= 1
        kept += page_lines[:end]
    return kept


def build_blocks(lines, body_size):
    """Spaced blocks of lines, with the page they start on and whether they are bold."""
    blocks, current = [], []
    for line in lines:
        if current:
            previous = current[-1]
            gap = line.top - previous.bottom
            starts_list = line.text.startswith((*BULLETS, "[")) or SUBITEM_RE.match(line.text)
            if (
                line.page != previous.page
                or gap > body_size * 0.5
                or line.bold != previous.bold
                or starts_list
            ):
                blocks.append(current)
                current = []
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def block_text(lines):
    text = ""
    for line in lines:
        piece = fold(line.text)
        text = piece if not text else text + line_joiner(text, piece) + piece
    return text


def classify(blocks):
    """Blocks with their kind, document segments and parts (see the module docstring)."""
    segments, announced, items = [], None, []
    part, expected, previous_page, printed = "body", 1, None, []
    annex_numbered = None
    for lines in blocks:
        text = block_text(lines)
        if all(is_page_header(line.text) for line in lines) and items:
            printed += [fold(x.text) for x in lines if SYMBOL_LINE.match(fold(x.text))]
            continue
        marker = DOCUMENT_FOLLOWS.match(text)
        if marker:
            segments.append((announced, items))
            announced, items, part, expected, annex_numbered = marker.group(1), [], "body", 1, None
            continue
        if ANNEX_FOLLOWS.match(text):
            part, expected, annex_numbered = "annex", 1, None
            continue
        if END_MARKER.match(text):
            part = "end"
            continue
        if part == "end" or text.startswith("["):
            continue
        new_page = lines[0].page != previous_page
        previous_page = lines[-1].page
        number = printed_number(text)
        if part == "annex" and annex_numbered is None and not all(x.bold for x in lines):
            annex_numbered = bool(number and number[0] == 1)
        numbering = part == "body" or annex_numbered
        if number and number[0] == expected and numbering:
            items.append(Block(number[1], "numbered", number[0], part))
            expected += 1
        elif agenda_item(text) or (
            all(line.bold for line in lines) and is_bold_heading(text, len(lines))
        ):
            items.append(Block(text, "heading", part=part))
        elif text.startswith(BULLETS):
            items.append(Block(BULLET_RE.sub("", text), "bullet", part=part))
        elif SUBITEM_RE.match(text):
            items.append(Block(text, "item", part=part))
        elif text.startswith(QUOTE_START):
            items.append(Block(text, "quote", part=part))
        elif new_page and items and items[-1].kind != "heading" and items[-1].part == part:
            items.append(Block(text, "continuation", part=part))
        else:
            items.append(Block(text, "text", part=part))
    segments.append((announced, items))
    return segments, printed


def join_continuations(blocks):
    """A block that continues the previous page's text joins the block before it."""
    joined = []
    for block in blocks:
        if block.kind == "continuation" and joined:
            last = joined[-1]
            last.text = last.text + line_joiner(last.text, block.text) + block.text
        else:
            joined.append(Block(block.text, block.kind, block.number, block.part))
    return joined


def read_pdf(data, symbol):
    """A ``Reading`` of the bytes of a .pdf file."""
    glyphs = read_glyphs(data)
    if sum(1 for g in glyphs if not g.text.isspace()) < 20:
        raise ReportError(
            "This PDF has no text layer (a scan or images only): it cannot be read. "
            "Upload the Word version or a PDF with text."
        )
    body_size = body_font_size(glyphs)
    lines = drop_footnotes(build_lines(glyphs, body_size), body_size)
    segments, header_symbols = classify(build_blocks(lines, body_size))
    warnings = []
    (announced, items), others = choose_document(segments, symbol, warnings)
    items = join_continuations(items)
    first = next((i for i, b in enumerate(items) if b.kind == "numbered"), None)
    how = "printed paragraph numbers"
    if first is None:
        front = read_front_matter([[b.text] for b in items])
        body = items[front.body_start :]
        body = [
            Block(b.text, "numbered" if b.kind == "text" else b.kind, part=b.part) for b in body
        ]
        body = _count(body)
        how = "no paragraph numbers: each block counted"
    else:
        front = read_front_matter([[b.text] for b in items[:first]])
        body = [Block(h, "heading") for h in front.headings] + items[first:]
    paragraphs = assemble_blocks(body)
    if not paragraphs:
        raise ReportError("No paragraphs were found in this PDF.")
    warnings += inferred_number_warnings(paragraphs, how)
    printed = [s for s in (announced, front.symbol) if s] + header_symbols
    return Reading(
        paragraphs=paragraphs,
        front=front,
        printed_symbols=list(dict.fromkeys(printed)),
        other_documents=others,
        warnings=warnings,
        layout=f"pdf: {how}, body text {body_size:g} pt",
    )


def _count(blocks):
    count, out = 0, []
    for block in blocks:
        if block.kind == "numbered":
            count += 1
            out.append(Block(block.text, "inferred", count, block.part))
        else:
            out.append(block)
    return out
