"""Reading the source documents' text into numbered paragraphs.

The files under ``fixtures/sources/`` are PDF or Word extractions, each with its own layout
(see ``fixtures/sources/README.md``). ``fixtures/sources/manifest.json`` lists the documents
they hold, as data: the file, the symbol, the layout ("numbered": numbers printed; "tabbed":
numbers lost, each paragraph starting with a TAB), where the document starts and ends in the
file, and the few headings the capitals rule does not find. This module turns each entry into
the document's paragraphs, numbered exactly as the original numbers them; ``build_paragraphs``
writes the result to ``fixtures/10_paragraphs.json``, and a test checks that the committed
fixture is what this parser gives.

Conventions (the curators' judgement, applied the same way everywhere):
- a heading (agenda item titles, capitalised section titles) is not part of any paragraph's
  text; it is kept as the ``heading`` of the paragraph that follows it;
- bullet lines, quoted lines and lettered sub-items belong to the paragraph before them and
  start a new line in its text;
- page headers, URL-only lines and markdown markup are dropped; white space is folded;
- the unnumbered annex of CWS/13/14 is kept as ``part="annex"`` paragraphs, one per section,
  numbered in order, with table rows on lines of their own.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

BULLETS = ("·", "•", "\uf0b7", "−", "–")
BULLET_RE = re.compile(r"^[·•\uf0b7−–]\s*")
SUBITEM_RE = re.compile(r"^\([a-z]\)\s")
QUOTE_START = ("“", '"')
SPACES = re.compile(r"[ \t\u00a0]+")
URL_LINE = re.compile(r"^\s*\[?https?://\S+\s*$|^\s*\[https?://.*\]\(https?://.*\)\s*$")


@dataclass
class ParsedParagraph:
    number: int
    text_lines: list = field(default_factory=list)
    heading: str = ""
    part: str = "body"

    @property
    def text(self):
        return "\n".join(line for line in self.text_lines if line)


@dataclass
class ParsedDocument:
    symbol: str
    source_file: str
    paragraphs: list


def fold(text):
    return SPACES.sub(" ", text).strip()


def is_caps_heading(line):
    """A capitalised section title such as "IP DATA EXCHANGE" (not a code such as "ST.26")."""
    line = line.strip()
    words = [word for word in line.split() if re.search(r"[A-Z]{2,}", word)]
    return (
        len(words) >= 2
        and not re.search(r"[a-z]", line)
        and not line.startswith(("ST.", *BULLETS))
        and not line[0].isdigit()
        and not line.endswith((")", ",", ";"))
    )


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
        joiner = "" if last.endswith("-") and not last.endswith(" -") else " "
        paragraph.text_lines[-1] = last + joiner + line
    else:
        paragraph.text_lines.append(line)


def take_heading(pending):
    return " — ".join(h for h in pending if h)


def parse_numbered(lines, *, drop=(), headings=is_caps_heading, space_bullets=False):
    """Paragraphs that kept their numbers ("1. ...", "2. ..."), numbered in sequence.

    Unnumbered text between a heading and the next paragraph (CWS/13/14's "Objective") is
    kept with the heading. With ``space_bullets`` a line that starts with one space after a
    blank line is a bullet whose glyph the extraction lost (CWS/13/14).
    """
    paragraphs, pending, current = [], [], None
    previous_blank, previous_heading = True, False
    for raw in lines:
        line = raw.strip().strip("*")
        blank_before, previous_blank = previous_blank, not line
        continues_heading, previous_heading = previous_heading and not blank_before, False
        if not line or line.startswith("[") or URL_LINE.match(raw):
            continue
        if any(pattern.match(line) for pattern in drop):
            continue
        expected = 1 if current is None else current.number + 1
        match = re.match(rf"^({expected})\.\s+(.*)$", line)
        if match:
            current = ParsedParagraph(number=expected, heading=take_heading(pending))
            pending = []
            paragraphs.append(current)
            append_line(current, match.group(2), quotes_break=False)
        elif headings(line):
            previous_heading = True
            if continues_heading:
                pending[-1] += " " + fold(line)
            else:
                pending.append(fold(line))
        elif pending:
            pending.append(fold(line))
        elif current is not None:
            if space_bullets and blank_before and re.match(r"^ \S", raw):
                line = "· " + line
            append_line(current, line, quotes_break=False)
    return paragraphs


def parse_tabbed(lines, *, heading_lines=(), explicit_number=None):
    """Paragraphs that lost their numbers: each starts with a TAB (CWS/12/29, CWS/10/20)."""
    paragraphs, pending, current = [], [], None

    def start(text):
        nonlocal current, pending
        number = (current.number if current else 0) + 1
        current = ParsedParagraph(number=number, heading=take_heading(pending))
        pending = []
        paragraphs.append(current)
        append_line(current, text)

    for raw in lines:
        if not raw.strip() or raw.strip().startswith("["):
            continue
        if raw.startswith("\t"):
            start(raw[1:])
        elif explicit_number and re.match(r"^\d+\.\s", raw):
            number, text = raw.split(".", 1)
            if int(number) != (current.number if current else 0) + 1:
                raise ValueError(f"paragraph {number} out of sequence")
            start(text)
        elif raw.startswith(" ") and raw.strip() not in heading_lines and not raw.startswith("  "):
            start(raw[1:])
        elif raw.lstrip().startswith(BULLETS + QUOTE_START):
            append_line(current, raw)
        else:
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
                current.heading += " " + line
                continue
            current = ParsedParagraph(number=len(sections) + 1, heading=line, part="annex")
            sections.append(current)
        elif current is not None:
            if line.startswith(BULLETS):
                line = "· " + BULLET_RE.sub("", line)
            current.text_lines.append(line)
    return sections


def split_at(lines, marker):
    index = next(i for i, line in enumerate(lines) if marker in line)
    return lines[:index], lines[index + 1 :]


PAGE_HEADER = [re.compile(r"^CWS/\d+/\d+$"), re.compile(r"^(Annex, )?page \d+$")]
MANIFEST = "manifest.json"


def strip_markdown(lines):
    """Markdown headings, links, superscripts and bold taken out of a markdown extraction."""
    lines = [re.sub(r"^#+\s*", "", line) for line in lines]
    lines = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line).replace("\\_", "_") for line in lines]
    return [re.sub(r"<sup>(.*?)</sup>", r"\1", line).replace("**", "") for line in lines]


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
            heading_lines=tuple(extra_headings),
            explicit_number=entry.get("printed_numbers", False),
        )
    elif entry["layout"] == "numbered":
        paragraphs = parse_numbered(
            body,
            drop=drop,
            space_bullets=entry.get("space_bullets", False),
            headings=lambda line: is_caps_heading(line) or line.strip() in extra_headings,
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
