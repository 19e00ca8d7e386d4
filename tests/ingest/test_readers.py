"""The readers on what the curated sources do not show: Word numbering variants, typed numbers,
footnotes and running headers in a PDF, text encodings, files that hold two documents."""

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from records.ingest.report import ReportError
from records.ingest.report.draft import sniff
from records.ingest.report.read_docx import format_number, read_docx
from records.ingest.report.read_pdf import read_pdf
from records.ingest.report.read_text import read_text

FILES = Path(__file__).resolve().parent / "files"
ROOT = Path(__file__).resolve().parents[2]


def fold(text):
    return re.sub(r"\s+", " ", text).strip()


def numbering(document, *, start=1, restart_num=False):
    """A paragraph list (num 7: "1.", level 1 "(a)"), a bullet list (num 8) and, with
    ``restart_num``, a num 9 on the paragraph list that restarts it at 1."""
    element = document.part.numbering_part.element
    levels = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="7">'
        f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
    )
    bullets = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="8"><w:lvl w:ilvl="0">'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
    )
    first = element.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    first.addprevious(parse_xml(levels))
    first.addprevious(parse_xml(bullets))
    element.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="7"><w:abstractNumId w:val="7"/></w:num>')
    )
    element.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="8"><w:abstractNumId w:val="8"/></w:num>')
    )
    if restart_num:
        element.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="9"><w:abstractNumId w:val="7"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )


def numbered(element, num_id, level=0):
    num_pr = element.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def saved(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_numbers_from_the_style_chain_and_the_paragraph():
    document = Document()
    numbering(document)
    style = document.styles.add_style("Para Number", 1)
    style.base_style = document.styles["Normal"]
    child = document.styles.add_style("Para Number Child", 1)
    child.base_style = style  # numbered through its parent style
    numbered(style.element, 7)
    document.add_paragraph("CWS/99/1")
    document.add_paragraph("Agenda Item 4: Work Program", style="Heading 1")
    document.add_paragraph("The CWS noted the Task List.", style="Para Number")
    document.add_paragraph("The CWS is invited to:", style="Para Number Child")
    numbered(document.add_paragraph("note the report;")._p, 7, level=1)
    numbered(document.add_paragraph("approve the survey.")._p, 7, level=1)
    plain = document.add_paragraph("The CWS approved the following:")
    numbered(plain._p, 7)
    numbered(document.add_paragraph("the revision of ST.26;")._p, 8)
    document.add_paragraph("“A quoted description.”")
    reading = read_docx(saved(document), "CWS/99/1")
    assert [(p.number, p.number_inferred) for p in reading.paragraphs] == [
        (1, False),
        (2, False),
        (3, False),
    ]
    assert reading.paragraphs[0].heading == "Agenda Item 4: Work Program"
    assert reading.paragraphs[1].text_lines == [
        "The CWS is invited to:",
        "(a) note the report;",
        "(b) approve the survey.",
    ]
    assert reading.paragraphs[2].text_lines == [
        "The CWS approved the following:",
        "· the revision of ST.26;",
        "“A quoted description.”",
    ]
    assert reading.layout == "docx: Word numbering"


def test_word_start_values_and_restarts():
    document = Document()
    numbering(document, start=5, restart_num=True)
    document.add_paragraph("CWS/99/1")
    for text in ("The CWS noted A.", "The CWS noted B."):
        numbered(document.add_paragraph(text)._p, 7)
    document.add_paragraph("[Document CWS/99/2 follows]")
    document.add_paragraph("CWS/99/2")
    for text in ("The CWS noted C.", "The CWS noted D."):
        numbered(document.add_paragraph(text)._p, 9)
    data = saved(document)
    first = read_docx(data, "CWS/99/1")
    assert [p.number for p in first.paragraphs] == [5, 6]
    assert first.other_documents == ["CWS/99/2"]
    second = read_docx(data, "CWS/99/2")
    assert [(p.number, p.text) for p in second.paragraphs] == [
        (1, "The CWS noted C."),
        (2, "The CWS noted D."),
    ]


@pytest.mark.parametrize(
    ("number", "number_format", "printed"),
    [
        (3, "decimal", "3"),
        (3, "lowerLetter", "c"),
        (28, "lowerLetter", "bb"),
        (4, "upperRoman", "IV"),
    ],
)
def test_word_number_formats(number, number_format, printed):
    assert format_number(number, number_format) == printed


def test_word_without_paragraph_numbers_counts_them():
    document = Document()
    document.add_paragraph("Agenda Item 2: Election", style="Heading 1")
    document.add_paragraph("The CWS elected the Chair.")
    document.add_paragraph("The CWS adopted the agenda.")
    reading = read_docx(saved(document), "CWS/99/1")
    assert [(p.number, p.number_inferred) for p in reading.paragraphs] == [(1, True), (2, True)]
    assert any("inferred" in warning for warning in reading.warnings)


def test_typed_numbers_and_bold_headings_in_word_and_pdf_agree():
    """The made-up report: numbers typed in the text, agenda items as bold text, a footnote,
    a paragraph running over a page break, a running header on page 2."""
    word = read_docx((FILES / "made_up_summary.docx").read_bytes(), "CWS/99/9")
    pdf = read_pdf((FILES / "made_up_summary.pdf").read_bytes(), "CWS/99/9")
    assert [p.number for p in word.paragraphs] == [1, 2, 3, 4, 5]
    assert [(p.number, p.heading, fold(p.text)) for p in pdf.paragraphs] == [
        (p.number, p.heading, fold(p.text)) for p in word.paragraphs
    ]
    assert pdf.paragraphs[2].heading.startswith("AGENDA ITEM 3(B): PROPOSAL FOR THE REVISION")
    assert word.layout == "docx: paragraph numbers typed in the text"


def test_pdf_drops_running_headers_footnotes_and_footnote_marks():
    pdf = read_pdf((FILES / "made_up_summary.pdf").read_bytes(), "CWS/99/9")
    text = "\n".join(p.text for p in pdf.paragraphs)
    assert "page 2" not in text
    assert "CWS/99/9" not in text
    assert "documents of the session are on the WIPO website" not in text
    assert pdf.paragraphs[1].text.endswith("in the work of the Task Force.")
    long = fold(pdf.paragraphs[2].text)
    assert "point 17 of its proposal" in long and "point 18 of its proposal" in long
    assert pdf.printed_symbols == ["CWS/99/9"]


@pytest.mark.parametrize("reader", [read_docx, read_pdf])
def test_paragraphs_without_numbers_are_counted(reader):
    extension = "docx" if reader is read_docx else "pdf"
    reading = reader((FILES / f"made_up_unnumbered.{extension}").read_bytes(), "CWS/99/9")
    assert [(p.number, p.number_inferred) for p in reading.paragraphs] == [
        (n, True)
        for n in range(1, 5)  # the long paragraph is left out of this one
    ]
    assert reading.paragraphs[2].heading.startswith("AGENDA ITEM 3(B)")
    assert reading.front.title == "Summary by the Chair (a made-up test report)"
    assert any("are inferred, not printed" in w for w in reading.warnings)


@pytest.mark.parametrize("extension", ["txt", "docx", "pdf"])
def test_a_file_that_holds_two_documents(extension):
    """File 000 holds WO/GA/57/8 and, after "[Document CWS/11/10 follows]", CWS/11/10."""
    if extension == "txt":
        data = (ROOT / "fixtures" / "sources" / "000_e5817b876a652c2f.txt").read_bytes()
        reader = read_text
    else:
        data = (FILES / f"000_e5817b876a652c2f.{extension}").read_bytes()
        reader = read_docx if extension == "docx" else read_pdf
    report = reader(data, "WO/GA/57/8")
    assert len(report.paragraphs) == 22
    assert report.other_documents == ["CWS/11/10"]
    annexed = reader(data, "CWS/11/10")
    assert len(annexed.paragraphs) == 16
    assert (annexed.front.symbol, annexed.front.session) == ("CWS/11/10", 11)
    assert annexed.front.date.isoformat() == "2023-10-13"
    assert annexed.front.title.lower().startswith("report by the international bureau")


def test_text_in_windows_1252_is_read():
    data = "1. The CWS noted the Secretariat’s report.\n".encode("cp1252")
    reading = read_text(data, "CWS/99/1")
    assert reading.paragraphs[0].text == "The CWS noted the Secretariat’s report."


def test_binary_data_is_not_text():
    with pytest.raises(ReportError, match="not plain text"):
        read_text(b"\x00\x01\x02binary", "CWS/99/1")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "ole"),
        (b"1. The CWS noted the report.", "text"),
        (b"\x00\x00binary", "binary"),
    ],
)
def test_sniff_tells_what_the_bytes_are(data, kind):
    assert sniff(data) == kind


def test_sniff_tells_a_docx_from_another_zip():
    assert sniff((FILES / "made_up_summary.docx").read_bytes()) == "docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not Word")
    assert sniff(buffer.getvalue()) == "zip"
