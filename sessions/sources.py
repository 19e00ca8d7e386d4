"""Reading the source documents' text into numbered paragraphs.

The five files under ``fixtures/sources/`` are PDF or Word extractions, each with its own
layout (see ``fixtures/sources/README.md``). This module turns each of them into the
document's paragraphs, numbered exactly as the original numbers them; ``build_paragraphs``
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


def read_sources(directory):
    """Every document in the source files, as ``ParsedDocument`` objects."""
    directory = Path(directory)

    def lines_of(name):
        return (directory / name).read_text(encoding="utf-8").splitlines()

    documents = []

    # 000: WO/GA/57/8, then its annex CWS/11/10 (numbered "1." in both).
    ga, annex = split_at(lines_of("000_e5817b876a652c2f.txt"), "[Document CWS/11/10 follows]")
    documents.append(ParsedDocument("WO/GA/57/8", "000_e5817b876a652c2f.txt", parse_numbered(ga)))
    intro = next(i for i, line in enumerate(annex) if line.strip() == "INTRODUCTION")
    documents.append(
        ParsedDocument(
            "CWS/11/10",
            "000_e5817b876a652c2f.txt",
            parse_numbered(annex[intro:], drop=PAGE_HEADER),
        )
    )

    # 001: CWS/12/25, markdown with its numbers kept.
    body = [re.sub(r"^#+\s*", "", line) for line in lines_of("001_b9be791ce233d9e2.txt")]
    body = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line).replace("\\_", "_") for line in body]
    body = [re.sub(r"<sup>(.*?)</sup>", r"\1", line).replace("**", "") for line in body]
    intro = next(i for i, line in enumerate(body) if line.strip() == "INTRODUCTION")
    documents.append(
        ParsedDocument("CWS/12/25", "001_b9be791ce233d9e2.txt", parse_numbered(body[intro:]))
    )

    # 002: CWS/12/29, numbers lost: TAB-started paragraphs, one single-space start, "175.".
    documents.append(
        ParsedDocument(
            "CWS/12/29",
            "002_54732be6b0c01bf8.txt",
            parse_tabbed(
                lines_of("002_54732be6b0c01bf8.txt"),
                heading_lines=("Introduction",),
                explicit_number=True,
            ),
        )
    )

    # 003: CWS/10/20, numbers lost: TAB-started paragraphs.
    documents.append(
        ParsedDocument(
            "CWS/10/20",
            "003_57596fb492d2674f.txt",
            parse_tabbed(lines_of("003_57596fb492d2674f.txt"), heading_lines=("INTRODUCTION",)),
        )
    )

    # 004: CWS/13/14, numbers kept; its annex is not numbered.
    body, annex = split_at(lines_of("004_a8225f605fa35695.txt"), "[Annex follows]")
    short_headings = {"Objective", "Progress Evaluation"}
    paragraphs = parse_numbered(
        body,
        drop=PAGE_HEADER,
        space_bullets=True,
        headings=lambda line: is_caps_heading(line) or line.strip() in short_headings,
    )
    annex = [line for line in annex if not line.strip().startswith("[")]
    paragraphs += parse_annex_sections(annex, drop=PAGE_HEADER)
    documents.append(ParsedDocument("CWS/13/14", "004_a8225f605fa35695.txt", paragraphs))
    return documents
