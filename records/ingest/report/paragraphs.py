"""Assembling lines (plain text) or blocks (Word, PDF) into numbered paragraphs.

These are the paragraph-reading conventions of the project, used both by
``records.ingest.sources`` (the curated fixture, driven by ``fixtures/sources/manifest.json``)
and by the report import (driven by what it detects in the file):

- a heading (agenda item titles, capitalised section titles) is not part of any paragraph's
  text; it is kept as the ``heading`` of the paragraph that follows it, several headings joined
  with " — "; unnumbered text between a heading and the next numbered paragraph is kept with
  the heading;
- bullet lines, quoted lines and lettered sub-items belong to the paragraph before them and
  start a new line in its text; bullets are written "· ";
- page headers, URL-only lines and markdown markup are dropped; white space is folded; a line
  ending in a hyphen joins the next without a space ("cost-" + "effective");
- an unnumbered annex is kept as ``part="annex"`` paragraphs, one per capitalised section,
  numbered in order (numbers inferred), a line per text line or table row.
"""

from dataclasses import dataclass, field

from records.ingest.report.rules import (
    BULLET_RE,
    BULLETS,
    QUOTE_START,
    SUBITEM_RE,
    URL_LINE,
    fold,
    is_caps_heading,
    line_joiner,
    printed_number,
    starts_with_one_space,
    starts_with_tab,
)


@dataclass
class ParsedParagraph:
    number: int
    text_lines: list = field(default_factory=list)
    headings: list = field(default_factory=list)
    part: str = "body"
    number_inferred: bool = False
    agenda_code: str | None = None

    @property
    def text(self):
        return "\n".join(line for line in self.text_lines if line)

    @property
    def heading(self):
        return " — ".join(h for h in self.headings if h)


def append_line(paragraph, line, *, quotes_break=True):
    """Add an extracted line to a paragraph: bullets, sub-items and (in documents that keep
    one line per paragraph) quoted lines start a new line of its text."""
    line = fold(line)
    if not line:
        return
    if line.startswith(BULLETS):
        paragraph.text_lines.append("· " + BULLET_RE.sub("", line))
    elif (quotes_break and line.startswith(QUOTE_START)) or SUBITEM_RE.match(line):
        paragraph.text_lines.append(line)
    elif paragraph.text_lines:
        last = paragraph.text_lines[-1]
        paragraph.text_lines[-1] = last + line_joiner(last, line) + line
    else:
        paragraph.text_lines.append(line)


def caps_headings(line, blank_before=True, blank_after=True):
    """The default heading rule of numbered text: capitalised section titles."""
    return is_caps_heading(line)


def parse_numbered(
    lines,
    *,
    drop=(),
    headings=caps_headings,
    space_bullets=False,
    renumber=False,
    warnings=None,
):
    """Paragraphs that kept their numbers ("1. ...", "2. ..."), numbered in sequence.

    ``headings(line, blank_before, blank_after)`` says which lines are headings. Unnumbered
    text between a heading and the next paragraph (CWS/13/14's "Objective") is kept with the
    heading. With ``space_bullets`` a line that starts with one space after a blank line is a
    bullet whose glyph the extraction lost (CWS/13/14). With ``renumber`` every paragraph is
    printed "1." (automatic numbering exported as text): each "1." starts the next paragraph,
    whose number is inferred.
    """
    paragraphs, pending, current = [], [], None
    blank_after = [not line.strip() for line in lines[1:]] + [True]
    previous_blank, previous_heading = True, False
    for index, raw in enumerate(lines):
        line = raw.strip().strip("*")
        blank_before, previous_blank = previous_blank, not line
        continues_heading, previous_heading = previous_heading and not blank_before, False
        if not line or line.startswith("[") or URL_LINE.match(raw):
            continue
        if any(pattern.match(line) for pattern in drop):
            continue
        expected = 1 if current is None else current.number + 1
        numbered = printed_number(line)
        starts = numbered and (numbered[0] == expected or (renumber and numbered[0] == 1))
        if starts:
            current = ParsedParagraph(
                number=expected, headings=pending, number_inferred=renumber and expected != 1
            )
            pending = []
            paragraphs.append(current)
            append_line(current, numbered[1], quotes_break=False)
        elif headings(line, blank_before, blank_after[index]):
            previous_heading = True
            if continues_heading and pending:
                pending[-1] += " " + fold(line)
            else:
                pending.append(fold(line))
        elif pending:
            pending.append(fold(line))
        elif current is not None:
            if space_bullets and blank_before and starts_with_one_space(raw):
                line = "· " + line
            append_line(current, line, quotes_break=False)
        elif numbered and warnings is not None:
            warnings.append(f"paragraph number {numbered[0]} printed out of sequence: {line}")
    return paragraphs


def parse_tabbed(lines, *, is_heading=lambda line: False, printed_numbers=False, warnings=None):
    """Paragraphs that lost their numbers: each starts with a TAB (CWS/12/29, CWS/10/20), or
    with a single space at a page or frame start unless ``is_heading(line)`` says it is a
    heading; their numbers are inferred by counting. With ``printed_numbers`` a line that kept
    its number ("175. This report ...") starts the paragraph of that number when it is the next
    one."""
    paragraphs, pending, current = [], [], None

    def start(text, inferred=True):
        nonlocal current, pending
        number = (current.number if current else 0) + 1
        current = ParsedParagraph(number=number, headings=pending, number_inferred=inferred)
        pending = []
        paragraphs.append(current)
        append_line(current, text)

    for raw in lines:
        if not raw.strip() or raw.strip().startswith("["):
            continue
        numbered = printed_numbers and printed_number(raw) if not raw[0].isspace() else None
        expected = (current.number if current else 0) + 1
        if starts_with_tab(raw):
            start(raw[1:])
        elif numbered and numbered[0] == expected:
            start(numbered[1], inferred=False)
        elif starts_with_one_space(raw) and not is_heading(raw):
            start(raw[1:])
        elif raw.lstrip().startswith(BULLETS + QUOTE_START) and current is not None:
            append_line(current, raw)
        else:
            if numbered and warnings is not None:
                warnings.append(f"paragraph number {numbered[0]} out of sequence: {fold(raw)}")
            pending.append(fold(raw))
    return paragraphs


def parse_annex_sections(lines, *, drop=()):
    """Unnumbered annex text: one paragraph per capitalised section, a line per table row."""
    sections, current = [], None
    for raw in lines:
        line = fold(raw)
        if not line or URL_LINE.match(raw) or any(pattern.match(line) for pattern in drop):
            continue
        if is_caps_heading(line):
            if current is not None and not current.text_lines:
                current.headings[-1] += " " + line
                continue
            current = ParsedParagraph(
                number=len(sections) + 1, headings=[line], part="annex", number_inferred=True
            )
            sections.append(current)
        elif current is not None:
            if line.startswith(BULLETS):
                line = "· " + BULLET_RE.sub("", line)
            current.text_lines.append(line)
    return sections


@dataclass
class Block:
    """One paragraph of a Word document or one spaced block of a PDF page, with what the
    format says about it: ``kind`` is "numbered" (with ``number``; "inferred" when the number
    was counted, not printed), "heading", "bullet",
    "item" (a lettered sub-item), "quote" or "text"; ``part`` is "body" or "annex"."""

    text: str
    kind: str = "text"
    number: int | None = None
    part: str = "body"


def assemble_blocks(blocks):
    """Paragraphs from Word or PDF blocks, by the same conventions as the text layouts:
    numbered blocks start paragraphs; headings go to the next paragraph; bullets, items,
    quotes and other text are new lines of the paragraph before them; an annex without
    numbers is cut into sections at its capitalised headings."""
    paragraphs, pending, current = [], [], None
    annex_numbered = any(b.kind in ("numbered", "inferred") for b in blocks if b.part == "annex")
    for block in blocks:
        text = fold(block.text)
        if not text:
            continue
        if current is not None and block.part != current.part:
            current, pending = None, []
        if block.part == "annex" and not annex_numbered:
            if block.kind == "heading" and is_caps_heading(text):
                if current is not None and not current.text_lines:
                    current.headings[-1] += " " + text
                    continue
                number = sum(1 for p in paragraphs if p.part == "annex") + 1
                current = ParsedParagraph(
                    number=number, headings=[text], part="annex", number_inferred=True
                )
                paragraphs.append(current)
            elif current is not None:
                current.text_lines.append(_line_of(block, text))
            continue
        if block.kind in ("numbered", "inferred"):
            current = ParsedParagraph(
                number=block.number,
                headings=pending,
                part=block.part,
                number_inferred=block.kind == "inferred",
            )
            pending = []
            paragraphs.append(current)
            current.text_lines.append(text)
        elif block.kind == "heading" or pending or current is None:
            pending.append(text)
        else:
            current.text_lines.append(_line_of(block, text))
    return paragraphs


def _line_of(block, text):
    if block.kind == "bullet" or text.startswith(BULLETS):
        return "· " + BULLET_RE.sub("", text)
    return text
