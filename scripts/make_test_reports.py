"""Regenerate the report-import test files in tests/ingest/files/ from fixtures/sources/.

For each source text listed in fixtures/sources/manifest.json this writes a Word document,
``<source stem>.docx``, laid out as a WIPO document, and a PDF converted from it,
``<source stem>.pdf``. The two documents of 000 (WO/GA/57/8, then its annex CWS/11/10) stay in
one file, after a "[Document CWS/11/10 follows]" line and a section break, as in the original.

- The paragraphs and headings are the ones ``records.ingest.sources`` reads from the source text
  (the curated paragraphs), so importing these files must give the curated paragraphs back.
- Paragraph numbers are Word's automatic numbering, defined in numbering.xml (an abstractNum
  with a decimal level 0 and a "(a)" level 1 for lettered sub-items, and a bullet list); they
  are not typed. Half of the documents number their paragraphs through a paragraph style's
  numPr (the style chain), the others through each paragraph's own numPr; the second document
  of 000 restarts the numbering with a lvlOverride/startOverride.
- Headings use Word's heading styles; annexes start after "[Annex follows]" in a section of
  their own; running page headers ("CWS/13/14" / "page 2") are in the section headers.
- The cover block (symbol, date, Committee, session, venue, title) prints only what the
  curated catalog (fixtures/01_catalog.json) gives; nothing is invented.
- One more pair, made_up_summary.docx/.pdf, is a short made-up report (symbol CWS/99/9) for
  what the sources do not show: a footnote, bold agenda headings without heading styles,
  paragraph numbers typed in the text, a paragraph running over a page break; and
  made_up_unnumbered.docx/.pdf, the same without paragraph numbers.
- Reproducible: fixed core-properties dates and ZIP entry times for the .docx; the PDF's
  creation date, ID and checksum are overwritten with fixed values of the same length.

Needs python-docx and LibreOffice (``soffice``, Debian package libreoffice-writer-nogui) for the
PDF conversion. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_test_reports.py          # write them all
    /work/main/.venv/bin/python scripts/make_test_reports.py --check  # are they up to date?

``--check`` (run by ``make lint``) needs neither LibreOffice nor a writable tree: it rebuilds
each .docx in memory and compares it byte for byte, and checks each PDF against
``pdf-sources.json`` (the SHA-256 of the .docx it was made from, and its own).
"""

import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from records.ingest.report.rules import agenda_item, is_caps_heading  # noqa: E402
from records.ingest.sources import read_manifest, read_sources  # noqa: E402

SOURCES = ROOT / "fixtures" / "sources"
CATALOG = ROOT / "fixtures" / "01_catalog.json"
TARGET = ROOT / "tests" / "ingest" / "files"
PDF_SOURCES = TARGET / "pdf-sources.json"  # each PDF: SHA-256 of its .docx and its own
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)
ORDINALS = [
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
]

PARAGRAPH_LIST = 90  # abstractNum and num id of the paragraph numbering
BULLET_LIST = 91
RESTARTED_LIST = 92  # a num on the paragraph abstractNum that restarts at 1


def catalog():
    """Documents and sessions of the curated catalog, by symbol and number."""
    records = json.loads(CATALOG.read_text(encoding="utf-8"))
    documents = {
        r["fields"]["symbol"]: r["fields"] for r in records if r["model"].endswith("document")
    }
    sessions = {
        r["fields"]["number"]: r["fields"] for r in records if r["model"].endswith("session")
    }
    return documents, sessions


def add_numbering(document):
    """The paragraph numbering (decimal "1.", sub-items "(a)") and a bullet list, as Word
    defines them in numbering.xml."""
    numbering = document.part.numbering_part.element
    paragraph_levels = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{PARAGRAPH_LIST}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    bullet_levels = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{BULLET_LIST}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    for abstract in (paragraph_levels, bullet_levels):
        first_num.addprevious(abstract)
    for num_id, abstract_id, override in (
        (PARAGRAPH_LIST, PARAGRAPH_LIST, ""),
        (BULLET_LIST, BULLET_LIST, ""),
        (
            RESTARTED_LIST,
            PARAGRAPH_LIST,
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>',
        ),
    ):
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
            )
        )


def set_num(paragraph_format_element, num_id, level=0):
    num_pr = paragraph_format_element.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def set_fonts(style, size, bold=None):
    """Arial (Liberation Sans in LibreOffice), black, without the template's theme fonts."""
    style.font.name = "Arial"
    style.font.size = Pt(size)
    style.font.color.rgb = None
    if bold is not None:
        style.font.bold = bold
    fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)


def prepare_styles(document, numbered_style):
    styles = document.styles
    set_fonts(styles["Normal"], 11)
    styles["Normal"].paragraph_format.space_after = Pt(12)
    for name, size in (("Heading 1", 11), ("Heading 2", 11), ("Title", 12)):
        set_fonts(styles[name], size, bold=True)
        styles[name].paragraph_format.space_before = Pt(12)
        styles[name].paragraph_format.space_after = Pt(12)
    title = styles["Title"].element.get_or_add_pPr()
    for border in title.findall(qn("w:pBdr")):
        title.remove(border)
    numbered = styles.add_style("Numbered Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    numbered.base_style = styles["Normal"]
    if numbered_style:
        set_num(numbered.element, PARAGRAPH_LIST)
    quote = styles.add_style("Quoted Text", WD_STYLE_TYPE.PARAGRAPH)
    quote.base_style = styles["Normal"]
    quote.paragraph_format.left_indent = Twips(567)
    annex = styles.add_style("Annex Text", WD_STYLE_TYPE.PARAGRAPH)
    annex.base_style = styles["Normal"]
    annex.paragraph_format.space_after = Pt(0)


def page_header(section, symbol, label):
    """The running header of pages 2 and on: the symbol, then "page N" (a PAGE field)."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    first, second = header.paragraphs[0], header.add_paragraph()
    for paragraph in (first, second):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    first.text = symbol
    second.add_run(f"{label}page ")
    second._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple>'
        )
    )
    section.first_page_header.is_linked_to_previous = False


def restart_page_numbers(section):
    section._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))


def cover(document, symbol, documents, sessions):
    """The cover block: only what the catalog gives."""
    symbol_line = document.add_paragraph(symbol)
    symbol_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    record = documents.get(symbol, {})
    if record.get("date"):
        printed = datetime.fromisoformat(record["date"])
        date_line = document.add_paragraph(
            f"DATE: {printed:%B} {printed.day}, {printed.year}".upper()
        )
        date_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    session = sessions.get((record.get("session") or [None])[0])
    if symbol.startswith("CWS/") and session:
        document.add_paragraph("Committee on WIPO Standards (CWS)")
        document.add_paragraph(f"{ORDINALS[session['number'] - 1]} Session")
        if session.get("city") and session.get("start_date") and session.get("end_date"):
            start = datetime.fromisoformat(session["start_date"])
            end = datetime.fromisoformat(session["end_date"])
            document.add_paragraph(
                f"{session['city']}, {start:%B} {start.day} to {end.day}, {end.year}"
            )
    if record.get("title"):
        document.add_paragraph(record["title"], style="Title")


def heading_style(text):
    code = agenda_item(text)
    if code:
        return "Heading 2" if "(" in code[0] else "Heading 1"
    return "Heading 1" if is_caps_heading(text) else "Heading 2"


def write_body(document, paragraphs, num_id, numbered_style):
    for paragraph in paragraphs:
        for heading in paragraph.headings:
            if heading.endswith("."):  # a sentence kept with the heading above it
                document.add_paragraph(heading)
            else:
                document.add_paragraph(heading, style=heading_style(heading))
        first, *rest = paragraph.text_lines
        numbered = document.add_paragraph(first, style="Numbered Paragraph")
        if not numbered_style or num_id != PARAGRAPH_LIST:
            set_num(numbered._p, num_id)
        for line in rest:
            if line.startswith("· "):
                item = document.add_paragraph(line[2:])
                set_num(item._p, BULLET_LIST)
            elif re.match(r"^\([a-z]\) ", line):
                item = document.add_paragraph(line[4:])
                set_num(item._p, num_id, level=1)
            else:
                document.add_paragraph(line, style="Quoted Text")


def write_annex(document, sections):
    for section in sections:
        document.add_paragraph(section.heading, style="Heading 1")
        for line in section.text_lines:
            document.add_paragraph(line, style="Annex Text")


def build(entries, documents, sessions, numbered_style):
    """One Word document holding the manifest entries of one source file."""
    document = Document()
    prepare_styles(document, numbered_style)
    add_numbering(document)
    for index, (entry, parsed) in enumerate(entries):
        symbol = entry["symbol"]
        if index:
            document.add_paragraph(f"[Document {symbol} follows]")
            section = document.add_section(WD_SECTION.NEW_PAGE)
            restart_page_numbers(section)
        else:
            section = document.sections[0]
        page_header(section, symbol, "")
        cover(document, symbol, documents, sessions)
        body = [p for p in parsed.paragraphs if p.part == "body"]
        annex = [p for p in parsed.paragraphs if p.part == "annex"]
        write_body(document, body, RESTARTED_LIST if index else PARAGRAPH_LIST, numbered_style)
        if annex:
            document.add_paragraph("[Annex follows]")
            annex_section = document.add_section(WD_SECTION.NEW_PAGE)
            restart_page_numbers(annex_section)
            page_header(annex_section, symbol, "Annex, ")
            write_annex(document, annex)
            document.add_paragraph("[End of Annex and of document]")
        elif index == len(entries) - 1:
            document.add_paragraph("[End of document]")
    properties = document.core_properties
    properties.author = properties.last_modified_by = "scripts/make_test_reports.py"
    properties.title = entries[0][0]["symbol"]
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def fixed_zip(data):
    """The same ZIP with fixed entry times, so that the .docx is byte-for-byte reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return output.getvalue()


def to_pdf(docx_path, pdf_path):
    """LibreOffice's PDF of a .docx, with its creation date and ID made constant."""
    with tempfile.TemporaryDirectory() as work:
        profile = Path(work) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        data = (Path(work) / (docx_path.stem + ".pdf")).read_bytes()
    data = re.sub(
        rb"/(CreationDate|ModDate)\(D:[^)]*\)",
        lambda m: (
            m.group(0)[: m.group(0).index(b"(") + 1]
            + b"D:20250101000000Z".ljust(len(m.group(0)) - m.group(0).index(b"(") - 2, b" ")
            + b")"
        ),
        data,
    )
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    pdf_path.write_bytes(data)


# A made-up report (not a WIPO document) for what the source documents do not show: a footnote,
# agenda item headings that are bold text rather than heading styles, paragraphs typed with
# their numbers rather than numbered by Word, and a paragraph that runs over a page break.
MADE_UP_SYMBOL = "CWS/99/9"
MADE_UP_FOOTNOTE = "The documents of the session are on the WIPO website."
MADE_UP = [
    ("heading", "AGENDA ITEM 2: WORK PROGRAM OF THE COMMITTEE"),
    ("paragraph", "The Chair opened the item and recalled the Task List of the Committee."),
    (
        "footnote",
        "The CWS noted the progress report on Task No. 91 presented by the Example Data Task "
        "Force, and encouraged its Members to take part in the work of the Task Force.",
    ),
    ("heading", "AGENDA ITEM 3(B): PROPOSAL FOR THE REVISION OF WIPO STANDARD ST.26"),
    (
        "long",
        "Discussions were based on document CWS/99/4, which was presented by the Example Data "
        "Task Force. ",
    ),
    (
        "paragraph",
        "The CWS approved the revision of WIPO Standard ST.26 as presented in document CWS/99/4.",
    ),
    ("paragraph", "The Delegation of Examplia noted that it would implement the revised Standard."),
]


def add_footnote(document, paragraph, text):
    """A footnote (word/footnotes.xml, which python-docx does not write) on ``paragraph``."""
    small = '<w:rPr><w:sz w:val="16"/></w:rPr>'
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'<w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r><w:r>{small}'
        f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>'
        )
    )


def build_made_up():
    """The made-up report: typed paragraph numbers, bold headings, a footnote, a long
    paragraph over a page break, a running header."""
    document = Document()
    prepare_styles(document, numbered_style=False)
    page_header(document.sections[0], MADE_UP_SYMBOL, "")
    document.add_paragraph(MADE_UP_SYMBOL).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("Committee on WIPO Standards (CWS)")
    document.add_paragraph("Summary by the Chair (a made-up test report)", style="Title")
    number = 0
    for kind, text in MADE_UP:
        if kind == "heading":
            document.add_paragraph().add_run(text).bold = True
            continue
        number += 1
        if kind == "long":  # enough sentences to run over the page break
            text += " ".join(
                f"The Task Force explained point {n} of its proposal, on the data elements of "
                "the sequence listings and the way offices would exchange them."
                for n in range(1, 31)
            )
        paragraph = document.add_paragraph(f"{number}.\t{text}")
        if kind == "footnote":
            add_footnote(document, paragraph, MADE_UP_FOOTNOTE)
    document.add_paragraph("[End of document]")
    properties = document.core_properties
    properties.author = properties.last_modified_by = "scripts/make_test_reports.py"
    properties.title = MADE_UP_SYMBOL
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def build_made_up_unnumbered():
    """The made-up report again, its paragraphs without numbers (neither typed nor Word's), as
    exported documents sometimes lose them: the readers must count them."""
    document = Document()
    prepare_styles(document, numbered_style=False)
    document.add_paragraph(MADE_UP_SYMBOL).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("Committee on WIPO Standards (CWS)")
    document.add_paragraph("Summary by the Chair (a made-up test report)", style="Title")
    for kind, text in MADE_UP:
        if kind == "heading":
            document.add_paragraph(text, style="Heading 1")
        elif kind != "long":
            document.add_paragraph(text)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "scripts/make_test_reports.py"
    properties.title = MADE_UP_SYMBOL
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def planned():
    """(name of the .docx, its bytes, name of its PDF, what it holds) for every test file."""
    documents, sessions = catalog()
    parsed = {doc.symbol: doc for doc in read_sources(SOURCES)}
    by_file = {}
    for entry in read_manifest(SOURCES):
        by_file.setdefault(entry["file"], []).append((entry, parsed[entry["symbol"]]))
    for index, (name, entries) in enumerate(sorted(by_file.items())):
        stem = Path(name).stem
        data = build(entries, documents, sessions, numbered_style=index % 2 == 0)
        yield f"{stem}.docx", data, f"{stem}.pdf", ", ".join(e["symbol"] for e, _ in entries)
    yield (
        "made_up_summary.docx",
        build_made_up(),
        "made_up_summary.pdf",
        f"{MADE_UP_SYMBOL}, made up",
    )
    yield (
        "made_up_unnumbered.docx",
        build_made_up_unnumbered(),
        "made_up_unnumbered.pdf",
        "the same, without numbers",
    )


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def check():
    """Whether the committed test files are the ones this script makes; the problems found.

    Each .docx is rebuilt in memory and compared byte for byte (python-docx only: fast, and
    the same on every machine). A PDF is not rebuilt (LibreOffice's output depends on its
    version and the fonts installed): PDF_SOURCES records, for each PDF, the SHA-256 of the
    .docx it was converted from and its own, so a .docx changed without its PDF, or a PDF
    edited by hand, is found."""
    recorded = json.loads(PDF_SOURCES.read_text(encoding="utf-8")) if PDF_SOURCES.exists() else {}
    problems = []
    for docx_name, data, pdf_name, _what in planned():
        docx_path, pdf_path = TARGET / docx_name, TARGET / pdf_name
        if not docx_path.exists() or docx_path.read_bytes() != data:
            problems.append(f"{docx_name} is not what scripts/make_test_reports.py makes")
        pdf = recorded.get(pdf_name)
        if not pdf_path.exists() or pdf is None:
            problems.append(f"{pdf_name} is missing or not listed in {PDF_SOURCES.name}")
        elif pdf["docx"] != sha256(data):
            problems.append(f"{pdf_name} was made from another version of {docx_name}")
        elif pdf["pdf"] != sha256(pdf_path.read_bytes()):
            problems.append(f"{pdf_name} is not the PDF listed in {PDF_SOURCES.name}")
    return problems


def main():
    if "--check" in sys.argv[1:]:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            sys.exit("The test reports are out of date: run scripts/make_test_reports.py")
        print(f"The test reports in {TARGET.relative_to(ROOT)} are up to date.")
        return
    if not shutil.which("soffice"):
        sys.exit("LibreOffice (soffice) is needed: apt-get install -y libreoffice-writer-nogui")
    TARGET.mkdir(parents=True, exist_ok=True)
    recorded = {}
    for docx_name, data, pdf_name, what in planned():
        docx_path, pdf_path = TARGET / docx_name, TARGET / pdf_name
        docx_path.write_bytes(data)
        to_pdf(docx_path, pdf_path)
        recorded[pdf_name] = {"docx": sha256(data), "pdf": sha256(pdf_path.read_bytes())}
        print(f"wrote {docx_name} and {pdf_name} ({what})")
    PDF_SOURCES.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {PDF_SOURCES.name}")


if __name__ == "__main__":
    main()
