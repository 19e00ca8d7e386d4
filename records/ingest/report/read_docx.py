"""Reading a Word (.docx) report with python-docx.

Paragraph numbers in WIPO documents are Word's automatic numbering, which python-docx does not
expose (python-docx issues #180, #471). ``WordNumbering`` rebuilds them as Word does: a
paragraph is numbered by a ``w:numPr`` (numId, ilvl) of its own or of its style chain; the num
points to an abstractNum whose level gives the start value, the format (decimal, lowerLetter,
roman, bullet) and the text ("%1.", "(%2)"); a num may restart a level (lvlOverride/
startOverride); numbering a level resets the levels below it.

Headings are paragraphs with a heading style or outline level (or short, bold, unnumbered
lines); the paragraph list with the most decimal level-0 paragraphs gives the paragraph
numbers; bullets and lettered levels are lines of the paragraph before them.
"""

import io

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table

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
    DOCUMENT_FOLLOWS,
    END_MARKER,
    QUOTE_START,
    SUBITEM_RE,
    SYMBOL_LINE,
    agenda_item,
    fold,
    is_bold_heading,
    printed_number,
)


def _int(element, name, default=None):
    child = element.find(qn(name)) if element is not None else None
    return int(child.get(qn("w:val"))) if child is not None else default


def _val(element, name, default=None):
    child = element.find(qn(name)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else default


def _roman(number):
    values = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc")]
    values += [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in values:
        while number >= value:
            out, number = out + letters, number - value
    return out


def format_number(number, number_format):
    """A counter as Word prints it: 3 -> "3" (decimal), "c" (lowerLetter), "III" (upperRoman)."""
    if number_format == "lowerLetter":
        return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
    if number_format == "upperLetter":
        return format_number(number, "lowerLetter").upper()
    if number_format == "lowerRoman":
        return _roman(number)
    if number_format == "upperRoman":
        return _roman(number).upper()
    if number_format in ("none", "bullet"):
        return ""
    return str(number)


class WordNumbering:
    """The list numbers of a document's paragraphs, counted in reading order."""

    def __init__(self, document):
        self.levels, self.nums = {}, {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        if numbering is not None:
            for abstract in numbering.findall(qn("w:abstractNum")):
                levels = {}
                for level in abstract.findall(qn("w:lvl")):
                    levels[int(level.get(qn("w:ilvl")))] = (
                        _int(level, "w:start", 1),
                        _val(level, "w:numFmt", "decimal"),
                        _val(level, "w:lvlText", ""),
                    )
                self.levels[abstract.get(qn("w:abstractNumId"))] = levels
            for num in numbering.findall(qn("w:num")):
                overrides = {
                    int(o.get(qn("w:ilvl"))): _int(o, "w:startOverride")
                    for o in num.findall(qn("w:lvlOverride"))
                    if o.find(qn("w:startOverride")) is not None
                }
                self.nums[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId"), overrides)
        self.counters = {}
        self.restarted = set()

    @staticmethod
    def num_pr(paragraph):
        """(numId, ilvl) from the paragraph or its style chain; None if not in a list."""
        p_pr = paragraph._p.pPr
        num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        style, level = paragraph.style, None
        while num_pr is None and style is not None:
            style_pr = style.element.find(qn("w:pPr"))
            num_pr = style_pr.find(qn("w:numPr")) if style_pr is not None else None
            style = style.base_style
        if num_pr is None:
            return None
        num_id = _val(num_pr, "w:numId")
        level = _int(num_pr, "w:ilvl", 0)
        return (num_id, level) if num_id not in (None, "0") else None

    def number(self, paragraph):
        """(abstract id, level, counter, format, printed label) for a list paragraph, or None."""
        reference = self.num_pr(paragraph)
        if reference is None or reference[0] not in self.nums:
            return None
        num_id, level = reference
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        start, number_format, text = levels.get(level, (1, "decimal", f"%{level + 1}."))
        counters = self.counters.setdefault(abstract, {})
        if level in overrides and (num_id, level) not in self.restarted:
            self.restarted.add((num_id, level))
            counters[level] = overrides[level] - 1
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        label = text
        for index in range(level + 1):
            value = counters.get(index, levels.get(index, (1,))[0])
            index_format = levels.get(index, (1, "decimal"))[1]
            label = label.replace(f"%{index + 1}", format_number(value, index_format))
        return abstract, level, counters[level], number_format, label


def _outline_level(paragraph):
    p_pr = paragraph._p.pPr
    level = _int(p_pr, "w:outlineLvl") if p_pr is not None else None
    style = paragraph.style
    while level is None and style is not None:
        level = _int(style.element.find(qn("w:pPr")), "w:outlineLvl")
        style = style.base_style
    return level


def is_heading(paragraph, text):
    """A heading style ("Heading 2"), an outline level, an agenda item line, or an all-bold
    line that is no sentence (see ``rules.is_bold_heading``)."""
    name = paragraph.style.name if paragraph.style is not None else ""
    if name.lower().startswith("heading") or (_outline_level(paragraph) or 9) < 9:
        return True
    if agenda_item(text):
        return True
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs) and is_bold_heading(text)


def _items(document):
    """Body paragraphs and table rows in reading order, as (paragraph or None, text)."""
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = list(dict.fromkeys(fold(cell.text) for cell in row.cells))
                yield None, " ".join(cell for cell in cells if cell)
        else:
            yield item, item.text


def read_docx(data, symbol):
    """A ``Reading`` of the bytes of a .docx file."""
    try:
        document = Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several types for a file that is no .docx
        raise ReportError("This file is not a Word .docx document.") from error
    numbering = WordNumbering(document)
    raw, lists = [], {}
    for paragraph, text in _items(document):
        text = fold(text)
        if not text:
            continue
        numbered = numbering.number(paragraph) if paragraph is not None else None
        heading = paragraph is not None and is_heading(paragraph, text)
        raw.append((text, numbered, heading))
        if numbered and numbered[1] == 0 and numbered[3] == "decimal" and not heading:
            lists[numbered[0]] = lists.get(numbered[0], 0) + 1
    if not raw:
        raise ReportError("This Word document holds no text.")
    main_list = max(lists, key=lists.get) if lists else None
    segments, announced, current = [], None, []
    for text, numbered, heading in raw:
        marker = DOCUMENT_FOLLOWS.match(text)
        if marker:
            segments.append((announced, current))
            announced, current = marker.group(1), []
        else:
            current.append((text, numbered, heading))
    segments.append((announced, current))
    warnings = []
    (announced, items), others = choose_document(segments, symbol, warnings)
    blocks = classify(items, main_list)
    first = next((i for i, b in enumerate(blocks) if b.kind in ("numbered", "heading")), 0)
    front = read_front_matter([[b.text] for b in blocks[:first]])
    body = [Block(h, "heading") for h in front.headings] + blocks[first:]
    how = "Word numbering" if main_list is not None else "paragraph numbers typed in the text"
    if not any(b.kind == "numbered" for b in body):
        body = [
            Block(b.text, "numbered" if b.kind == "text" else b.kind, part=b.part) for b in body
        ]
        how = "no paragraph numbers: each paragraph counted"
    paragraphs = assemble_blocks(_number_unnumbered(body))
    if not paragraphs:
        raise ReportError("No paragraphs were found in this Word document.")
    warnings += inferred_number_warnings(paragraphs, how)
    printed = [s for s in (announced, front.symbol) if s]
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            for line in header.paragraphs:
                match = SYMBOL_LINE.match(fold(line.text))
                if match:
                    printed.append(match.group(1))
    return Reading(
        paragraphs=paragraphs,
        front=front,
        printed_symbols=list(dict.fromkeys(printed)),
        other_documents=others,
        warnings=warnings,
        layout=f"docx: {how}",
    )


def classify(items, main_list):
    """Blocks from (text, list number, heading) items: paragraphs numbered by the main list
    (or by a typed number, in sequence), headings, bullets, lettered items, quotes, text;
    the part changes at "[Annex follows]" and reading stops at "[End of ...]"."""
    blocks, part, expected = [], "body", 1
    for text, numbered, heading in items:
        if ANNEX_FOLLOWS.match(text):
            part, expected = "annex", 1
            continue
        if END_MARKER.match(text):
            break
        if text.startswith("["):
            continue
        typed = printed_number(text)
        if numbered and numbered[0] == main_list and numbered[1] == 0:
            blocks.append(Block(text, "numbered", numbered[2], part))
            expected = numbered[2] + 1
        elif numbered and numbered[3] == "bullet":
            blocks.append(Block(text, "bullet", part=part))
        elif numbered:
            label = numbered[4].strip()
            kind = "item" if SUBITEM_RE.match(f"{label} ") else "text"
            blocks.append(Block(f"{label} {text}".strip(), kind, part=part))
        elif heading:
            blocks.append(Block(text, "heading", part=part))
        elif typed and typed[0] == expected and part == "body":
            blocks.append(Block(typed[1], "numbered", typed[0], part))
            expected += 1
        elif text.startswith(QUOTE_START):
            blocks.append(Block(text, "quote", part=part))
        else:
            kind = "item" if SUBITEM_RE.match(text) else "text"
            blocks.append(Block(text, kind, part=part))
    return blocks


def _number_unnumbered(blocks):
    """Blocks made "numbered" without a number (a document without paragraph numbers) get
    the next number; the paragraphs they start are marked as inferred."""
    count, out = 0, []
    for block in blocks:
        if block.kind == "numbered" and block.number is None:
            count += 1
            out.append(Block(block.text, "inferred", count, block.part))
        else:
            if block.kind == "numbered":
                count = block.number
            out.append(block)
    return out
