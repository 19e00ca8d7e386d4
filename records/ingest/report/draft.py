"""From a report file to a draft of records: the entry point of the import.

``draft_report(path, symbol="CWS/12/29", session=12, known=KnownRecords(...))`` reads the file
(by its extension, checked against its content), and returns one JSON-ready dict:

    {"document": {"symbol", "title", "session", "date", + "format", "layout",
                  "printed_symbols", "other_documents"},
     "paragraphs": [{"part", "number", "number_inferred", "agenda_item", "text", + "heading"}],
     "agenda_items": [{"code", "title", "parent", + "paragraph"}],
     "decisions": [{"part", "paragraph", "ordinal", "kind", "nature", "text", "tasks",
                    "standards", "task_forces", "documents", + "agenda_item", "notes",
                    "new_records"}],
     "events": [see records.ingest.report.events],
     "new_records": {"sessions", "tasks", "standards", "task_forces", "documents"},
     "warnings": [str]}

Nothing is written anywhere. Input that cannot be drafted from raises ``ReportError``: an
unsupported extension, an empty file, a file over ``MAX_BYTES``, content that is not what the
extension says, an encrypted or text-less PDF, or a document that prints another symbol. A
session or records that do not exist yet are not errors: the draft proposes them.
"""

import zipfile
from io import BytesIO
from pathlib import Path

from records.ingest.report.decisions import SessionDating, paragraph_conclusions
from records.ingest.report.errors import ReportError
from records.ingest.report.events import decision_events
from records.ingest.report.links import KnownRecords, Linker
from records.ingest.report.read_docx import read_docx
from records.ingest.report.read_pdf import read_pdf
from records.ingest.report.read_text import read_text
from records.ingest.report.rules import agenda_item, parent_code, same_symbol, session_of_symbol

# A CWS report is well under 2 MB as .docx or .pdf; 20 MB leaves room for images and annexes
# while keeping a mistaken upload (a scan, an archive) from tying up the reader.
MAX_BYTES = 20 * 1024 * 1024

READERS = {".txt": read_text, ".docx": read_docx, ".pdf": read_pdf}


def sniff(data):
    """What the bytes are, whatever the file is called: "pdf", "docx", "zip", "ole" (an old
    .doc), "text" or "binary"."""
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            names = zipfile.ZipFile(BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "binary"
        return "docx" if "word/document.xml" in names else "zip"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"
    if b"\x00" in data[:4096]:
        return "binary"
    return "text"


KIND_NAMES = {
    "pdf": "a PDF",
    "docx": "a Word .docx document",
    "zip": "a ZIP archive",
    "ole": "an old Word .doc (or other Office) file",
    "text": "plain text",
    "binary": "binary data",
}


def draft_report(path, *, symbol, session, known=None):
    """The draft for the report file at ``path`` (see the module docstring)."""
    path = Path(path)
    extension = path.suffix.lower()
    if extension not in READERS:
        raise ReportError(
            f"Unsupported file type “{extension or path.name}”: upload a .docx, .pdf or .txt file."
        )
    size = path.stat().st_size
    if size == 0:
        raise ReportError("The file is empty.")
    if size > MAX_BYTES:
        raise ReportError(
            f"The file is {size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB."
        )
    return draft_from_bytes(
        path.read_bytes(), extension, symbol=symbol, session=session, known=known
    )


def draft_from_bytes(data, extension, *, symbol, session, known=None):
    """The draft for the bytes of a report whose file name ends in ``extension``."""
    if not data or not data.strip():
        raise ReportError("The file is empty.")
    if len(data) > MAX_BYTES:
        raise ReportError(f"The file is over the {MAX_BYTES // 1024 // 1024} MB limit.")
    expected = {".txt": "text", ".docx": "docx", ".pdf": "pdf"}[extension]
    found = sniff(data)
    if found != expected:
        raise ReportError(
            f"The file is named {extension} but holds {KIND_NAMES[found]}, "
            f"not {KIND_NAMES[expected]}."
        )
    reading = READERS[extension](data, symbol)
    return build_draft(reading, extension.lstrip("."), symbol, session, known or KnownRecords())


def check_symbol(reading, symbol, warnings):
    printed = reading.printed_symbols
    if printed and not any(same_symbol(s, symbol) for s in printed):
        raise ReportError(
            f"The document prints the symbol {printed[0]}, not {symbol}: check the file or the "
            "symbol."
        )
    if not printed:
        warnings.append(f"The document does not print its symbol: {symbol} is taken as given.")


def check_session(reading, symbol, session, known, warnings, new_records):
    if session not in known.sessions:
        new_records["sessions"].append(session)
        warnings.append(f"Session {session} is not in the records yet: the draft proposes it.")
    printed = reading.front.session
    if printed and printed != session:
        warnings.append(f"The document prints session {printed}, not {session}.")
    numbered = session_of_symbol(symbol)
    if numbered and numbered != session:
        warnings.append(f"The symbol {symbol} belongs to session {numbered}, not {session}.")


def agenda_of(paragraphs, warnings):
    """Agenda items from the headings, and the item of each paragraph. A heading that is not
    an agenda item ends the current item, in a document that has agenda items."""
    items, codes, others = [], {}, []
    current = None
    has_items = any(agenda_item(h) for p in paragraphs for h in p.headings)
    for paragraph in paragraphs:
        for heading in paragraph.headings:
            item = agenda_item(heading)
            if item:
                code, title = item
                current = code
                if code not in codes:
                    codes[code] = {
                        "code": code,
                        "title": title,
                        "parent": parent_code(code),
                        "paragraph": paragraph.number,
                    }
                    items.append(codes[code])
            elif has_items and paragraph.part == "body":
                current = None
                others.append(heading)
        paragraph.agenda_code = current if paragraph.part == "body" else None
    for item in list(items):
        parent = item["parent"]
        if parent and parent not in codes:
            codes[parent] = {
                "code": parent,
                "title": "",
                "parent": None,
                "paragraph": item["paragraph"],
            }
            items.insert(items.index(item), codes[parent])
            warnings.append(
                f"Agenda item {item['code']} has no heading for its parent item {parent}."
            )
    if others:
        warnings.append(
            "Headings that are not agenda items (the paragraphs under them get none): "
            + "; ".join(f"“{h}”" for h in dict.fromkeys(others))
        )
    return items


def draft_decisions(paragraphs, titles, symbol, session, known, warnings):
    """Decisions with their links, the linker (for new records) and the context of each
    agenda item. ``titles`` gives each agenda item's title by code."""
    linker = Linker(known, symbol)
    dating = SessionDating(session)
    decisions, contexts, current = [], {}, object()
    for paragraph in paragraphs:
        if paragraph.agenda_code != current:
            current = paragraph.agenda_code
            linker.enter_item(current, titles.get(current, ""))
            contexts[current] = linker.context
        drafted = paragraph_conclusions(paragraph, paragraph.agenda_code, dating, warnings)
        for decision in drafted:
            position = paragraph.text.find(decision.sentence)
            before = paragraph.text[: max(position, 0)]
            same_sentence = [d for d in drafted if d.sentence == decision.sentence]
            earlier = [d.text for d in same_sentence[: same_sentence.index(decision)]]
            linker.link(
                decision, before=" ".join([before, *earlier]), paragraph_text=paragraph.text
            )
        decisions += drafted
        linker.remember_paragraph(paragraph)
    linker.link_proposals(decisions)
    linker.acknowledge_reports(decisions)
    return decisions, linker, contexts


def build_draft(reading, file_format, symbol, session, known):
    warnings = list(reading.warnings)
    new_records = {"sessions": [], "tasks": [], "standards": [], "task_forces": [], "documents": []}
    check_symbol(reading, symbol, warnings)
    check_session(reading, symbol, session, known, warnings, new_records)
    paragraphs = reading.paragraphs
    agenda_items = agenda_of(paragraphs, warnings)
    titles = {item["code"]: item["title"] for item in agenda_items}
    decisions, linker, contexts = draft_decisions(
        paragraphs, titles, symbol, session, known, warnings
    )
    events = []
    for decision in decisions:
        decision.new_records = linker.new_records_of(decision)
        context = contexts.get(decision.agenda_item)
        restarted = context.restarted if context else set()
        events += decision_events(decision, known, restarted)
    for kind, keys in linker.new.items():
        new_records[kind] += keys
    front = reading.front
    if not front.title:
        warnings.append("No title was found above the first paragraph.")
    return {
        "document": {
            "symbol": symbol,
            "title": front.title,
            "session": session,
            "date": front.date.isoformat() if front.date else None,
            "format": file_format,
            "layout": reading.layout,
            "printed_symbols": reading.printed_symbols,
            "other_documents": reading.other_documents,
        },
        "paragraphs": [
            {
                "part": p.part,
                "number": p.number,
                "number_inferred": p.number_inferred,
                "agenda_item": p.agenda_code,
                "heading": p.heading,
                "text": p.text,
            }
            for p in paragraphs
        ],
        "agenda_items": agenda_items,
        "decisions": [
            {
                "part": d.part,
                "paragraph": d.paragraph,
                "ordinal": d.ordinal,
                "kind": d.kind,
                "nature": d.nature,
                "text": d.text,
                "agenda_item": d.agenda_item,
                "tasks": d.tasks,
                "standards": d.standards,
                "task_forces": d.task_forces,
                "documents": d.documents,
                "notes": d.notes,
                "new_records": d.new_records,
            }
            for d in decisions
        ],
        "events": events,
        "new_records": new_records,
        "warnings": warnings,
    }
