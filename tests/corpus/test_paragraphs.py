"""The source documents are read into paragraphs numbered exactly as the originals."""

import io

import pytest
from django.core.management import call_command

from sessions.models import Paragraph

pytestmark = pytest.mark.django_db


def test_paragraph_fixture_is_what_the_parser_gives():
    out = io.StringIO()
    call_command("build_paragraphs", "--check", stdout=out)
    assert "up to date" in out.getvalue()


@pytest.mark.parametrize(
    ("symbol", "part", "count"),
    [
        ("WO/GA/57/8", "body", 22),
        ("CWS/11/10", "body", 16),
        ("CWS/12/25", "body", 15),
        ("CWS/12/29", "body", 175),
        ("CWS/10/20", "body", 13),
        ("CWS/13/14", "body", 14),
        ("CWS/13/14", "annex", 11),
    ],
)
def test_each_document_has_its_numbered_paragraphs(symbol, part, count):
    numbers = list(
        Paragraph.objects.filter(document__symbol=symbol, part=part).values_list(
            "number", flat=True
        )
    )
    assert numbers == list(range(1, count + 1))


def test_cws_12_29_paragraphs_146_and_147_are_the_creations_cws_13_14_cites():
    p146 = Paragraph.objects.get(document__symbol="CWS/12/29", number=146)
    p147 = Paragraph.objects.get(document__symbol="CWS/12/29", number=147)
    assert p146.text.startswith("The CWS approved the creation of Task No. 67")
    # the quoted description belongs to the paragraph it follows
    assert "improve global IP data exchange.”" in p146.text
    assert p147.text.startswith("The CWS approved the establishment of the new Task Force")
    # and CWS/13/14 cites them so
    p4 = Paragraph.objects.get(document__symbol="CWS/13/14", part="body", number=4)
    assert "(See paragraphs 146 and 147 of document CWS/12/29.)" in p4.text


def test_headings_bullets_and_the_single_space_paragraph_are_placed_as_the_readme_says():
    report = Paragraph.objects.filter(document__symbol="CWS/12/29")
    first = report.get(number=1)
    assert first.heading == "Introduction"
    assert first.text.startswith("The Committee on WIPO Standards")
    # " While several delegations ..." starts a paragraph with a single space
    assert (
        report.filter(text__startswith="While several delegations supported adoption").count() == 1
    )
    # bullet lines stay in the paragraph before them
    proposals = report.get(text__startswith="The CWS noted proposals for consideration")
    assert proposals.text.count("\n· ") == 3
    assert report.get(number=175).text.startswith("This report was adopted")
    # an agenda heading is not paragraph text
    assert not report.filter(text__contains="Agenda Item 8(c):").exists()
    assert report.get(number=140).heading.startswith("Agenda Item 8(c)")


def test_page_headers_and_url_lines_are_not_content():
    assert not Paragraph.objects.filter(text__contains="CWS/13/14 page").exists()
    assert not Paragraph.objects.filter(text__regex=r"(^|\n)https?://").exists()
