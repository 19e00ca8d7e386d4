"""Made-up report snippets in layouts the curated sources do not have: the rules must hold on
reports nobody tuned them on (numbers glued to the text, every paragraph printed "1.", a
Chair's summary, capitalised agenda headings, TAB-led text, markdown, no numbers at all, Word).
"""

import io

from docx import Document

from records.ingest.report import KnownRecords
from records.ingest.report.draft import draft_from_bytes

SUMMARY = """CWS/14/30
ORIGINAL: ENGLISH
DATE: NOVEMBER 21, 2026

Committee on WIPO Standards (CWS)

Fourteenth Session
Geneva, November 16 to 20, 2026

SUMMARY BY THE CHAIR

AGENDA ITEM 4: WORK PROGRAM

AGENDA ITEM 4(A): TASK LIST

1.Following the discussion, the CWS agreed to discontinue Tasks Nos. 62 and 63.  The \
Delegation of Japan noted that the Task Force had completed its work.

2.The Secretariat informed the CWS that Task No. 23 had been dormant.  The CWS agreed that \
Task No. 23 be held in abeyance.

AGENDA ITEM 6(B): PROPOSAL FOR A NEW WIPO STANDARD ON TRADEMARK IMAGES

3.The Committee:
(a) noted the proposal of the Trademark Images Task Force;
(b) adopted new WIPO Standard ST.101 as presented in document CWS/14/7; and
(c) requested the Secretariat to publish ST.101.

4.The proposal to revise Task No. 70 was not approved.  The Representative of the EPO \
stated: “The CWS approved the revision last year.”

5.It was agreed that the matter be revisited.
"""


def draft(text, symbol="CWS/14/30", session=14, known=None, extension=".txt"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return draft_from_bytes(data, extension, symbol=symbol, session=session, known=known)


def decisions(result):
    return [
        (d["paragraph"], d["ordinal"], d["kind"], d["nature"], d["text"])
        for d in result["decisions"]
    ]


def test_a_chairs_summary_with_glued_numbers_and_capitalised_agenda_items():
    result = draft(SUMMARY, known=KnownRecords(tasks={23, 62, 63}, sessions={14}))
    document = result["document"]
    assert (document["title"], document["date"]) == ("SUMMARY BY THE CHAIR", "2026-11-21")
    assert document["printed_symbols"] == ["CWS/14/30"]
    assert [
        (p["number"], p["number_inferred"], p["agenda_item"]) for p in result["paragraphs"]
    ] == [
        (1, False, "4(a)"),
        (2, False, "4(a)"),
        (3, False, "6(b)"),
        (4, False, "6(b)"),
        (5, False, "6(b)"),
    ]
    assert [(a["code"], a["title"], a["parent"]) for a in result["agenda_items"]] == [
        ("4", "WORK PROGRAM", None),
        ("4(a)", "TASK LIST", "4"),
        ("6", "", None),  # no heading of its own: proposed, with a warning
        ("6(b)", "PROPOSAL FOR A NEW WIPO STANDARD ON TRADEMARK IMAGES", "6"),
    ]
    assert decisions(result) == [
        (
            1,
            1,
            "agreed",
            "decision",
            "Following the discussion, the CWS agreed to discontinue Tasks Nos. 62 and 63.",
        ),
        (2, 1, "agreed", "decision", "The CWS agreed that Task No. 23 be held in abeyance."),
        (3, 1, "noted", "decision", "(a) noted the proposal of the Trademark Images Task Force"),
        (
            3,
            2,
            "adopted",
            "decision",
            "(b) adopted new WIPO Standard ST.101 as presented in document CWS/14/7",
        ),
        (3, 3, "requested", "decision", "(c) requested the Secretariat to publish ST.101"),
        (4, 1, "not_approved", "decision", "The proposal to revise Task No. 70 was not approved."),
    ]
    events = {(e["subject"], e["key"], e["kind"], e["status"]) for e in result["events"]}
    assert ("task", 62, "status_changed", "discontinued") in events
    assert ("task", 23, "status_changed", "in_abeyance") in events
    assert ("standard", "ST.101", "adopted", "") in events
    assert ("task", 70, "revision_not_approved", "") in events
    assert all(e["proposed"] for e in result["events"])
    assert result["new_records"]["standards"] == ["ST.101"]
    assert result["new_records"]["task_forces"] == ["Trademark Images Task Force"]
    assert result["new_records"]["tasks"] == [70]
    assert any("It was agreed" in w and "no subject" in w for w in result["warnings"])
    assert any("parent item 6" in w for w in result["warnings"])


def test_every_paragraph_printed_one():
    text = (
        "Agenda Item 3: Adoption of the agenda\n\n"
        "1. The CWS adopted the agenda as proposed in document CWS/15/1 PROV.\n\n"
        "1. The Chair invited general statements.\n\n"
        "Agenda Item 5(b): Report on Task No. 44 by the Sequence Listings Task Force\n\n"
        "1. Discussions were based on document CWS/15/5, which was presented by the Sequence "
        "Listings Task Force.\n\n"
        "1. The CWS noted the content of the document and encouraged Offices to implement WIPO "
        "Standard ST.26.\n"
    )
    result = draft(text, symbol="CWS/15/40", session=15)
    assert [(p["number"], p["number_inferred"]) for p in result["paragraphs"]] == [
        (1, False),
        (2, True),
        (3, True),
        (4, True),
    ]
    assert any("inferred" in w for w in result["warnings"])
    noted, encouraged = result["decisions"][1:]
    assert (noted["kind"], noted["tasks"], noted["task_forces"], noted["documents"]) == (
        "noted",
        [44],
        ["Sequence Listings Task Force"],
        ["CWS/15/5"],
    )
    assert (encouraged["kind"], encouraged["standards"]) == ("encouraged", ["ST.26"])
    progress = {
        (e["subject"], e["key"]) for e in result["events"] if e["kind"] == "progress_reported"
    }
    assert progress == {("task", 44), ("task_force", "Sequence Listings Task Force")}


def test_tabbed_text_with_headings_bullets_and_quotes():
    text = (
        " Introduction\n"
        "\tThe Committee held its fifteenth session.\n"
        "Agenda Item 8(c): Proposal for a new Task\n"
        "\tThe Secretariat proposed to add a new Task, Task No. 71, with the following "
        "description:\n"
        "“Prepare a survey on IP data quality.”\n"
        "\tThe CWS approved the creation of Task No. 71 and requested the Secretariat to:\n"
        "· issue a circular; and\n"
        "· report at the next session.\n"
        " Adoption of the report\n"
        "\tThis report was adopted by the participants via an e-forum.\n"
    )
    result = draft(text, symbol="CWS/15/20", session=15, known=KnownRecords(sessions={15}))
    assert [(p["number"], p["agenda_item"]) for p in result["paragraphs"]] == [
        (1, None),
        (2, "8(c)"),
        (3, "8(c)"),
        (4, None),
    ]
    assert result["paragraphs"][1]["text"].endswith("\n“Prepare a survey on IP data quality.”")
    assert decisions(result) == [
        (
            2,
            1,
            "approved",
            "proposal",
            "The Secretariat proposed to add a new Task, Task No. 71, with the following "
            "description:\n“Prepare a survey on IP data quality.”",
        ),
        (3, 1, "approved", "decision", "The CWS approved the creation of Task No. 71"),
        (
            3,
            2,
            "requested",
            "decision",
            "requested the Secretariat to:\n· issue a circular; and\n· report at the next session.",
        ),
        (
            4,
            1,
            "adopted",
            "decision",
            "This report was adopted by the participants via an e-forum.",
        ),
    ]
    events = [(e["key"], e["kind"], e["paragraph"], e["description"]) for e in result["events"]]
    assert (71, "creation_proposed", 2, "Prepare a survey on IP data quality.") in events
    assert (71, "created", 3, "") in events
    assert any("“Adoption of the report”" in w for w in result["warnings"])


def test_markdown_extraction():
    text = (
        "## **Committee on WIPO Standards (CWS)**\n\n**Sixteenth Session**\n\n"
        "### INTRODUCTION\n\n"
        "1. The CWS noted the [report](https://example.org/r) of the International Bureau.\n\n"
        "#### IP DATA EXCHANGE\n\n"
        "*2. The CWS is invited to take note of the 2025 activities of the International Bureau.*\n"
    )
    result = draft(text, symbol="CWS/16/3", session=16)
    assert [p["text"] for p in result["paragraphs"]] == [
        "The CWS noted the report of the International Bureau.",
        "The CWS is invited to take note of the 2025 activities of the International Bureau.",
    ]
    assert result["paragraphs"][1]["heading"] == "IP DATA EXCHANGE"
    assert decisions(result)[1][2:4] == ("noted", "proposal")
    assert result["decisions"][1]["documents"] == ["CWS/16/3"]


def test_text_without_paragraph_numbers():
    text = (
        "REPORT ON THE WORKSHOP\n\n"
        "The workshop met on two days.\n\n"
        "The CWS took note of the report of the workshop\nand thanked the speakers.\n"
    )
    result = draft(text, symbol="CWS/16/9", session=16)
    assert [(p["number"], p["number_inferred"]) for p in result["paragraphs"]] == [
        (1, True),
        (2, True),
    ]
    assert result["paragraphs"][1]["text"] == (
        "The CWS took note of the report of the workshop and thanked the speakers."
    )
    assert decisions(result)[0][2] == "noted"


def test_a_word_report_with_agenda_item_headings():
    document = Document()
    document.add_paragraph("CWS/17/30")
    document.add_paragraph("Agenda Item 8: Policies", style="Heading 1")
    document.add_paragraph("Agenda Item 8(c): Data exchange", style="Heading 2")
    document.add_paragraph(
        "1.\tThe CWS approved the establishment of the new Task Force “Data Quality Task "
        "Force” and designated the International Bureau as its Leader."
    )
    document.add_paragraph("2.\tThe CWS assigned Task No. 80 to the Data Quality Task Force.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = draft(buffer.getvalue(), symbol="CWS/17/30", session=17, extension=".docx")
    assert [(a["code"], a["parent"]) for a in result["agenda_items"]] == [
        ("8", None),
        ("8(c)", "8"),
    ]
    assert [(d["kind"], d["task_forces"], d["tasks"]) for d in result["decisions"]] == [
        ("approved", ["Data Quality Task Force"], []),
        ("assigned", ["Data Quality Task Force"], [80]),
    ]
    events = {(e["subject"], e["key"], e["kind"]) for e in result["events"]}
    assert {
        ("task_force", "Data Quality Task Force", "established"),
        ("task_force", "Data Quality Task Force", "leaders_designated"),
        ("task", 80, "assigned"),
        ("task_force", "Data Quality Task Force", "task_assigned"),
    } <= events
    assigned = next(e for e in result["events"] if e["kind"] == "assigned")
    assert assigned["task_force"] == "Data Quality Task Force"


def test_a_working_document_recalls_earlier_decisions_without_drafting_them():
    text = (
        "1. At its twelfth session, the CWS approved the creation of Task No. 67.  To undertake "
        "this Task, the CWS established the Task Force.\n\n"
        "2. At the same session, the CWS considered two proposals.\n\n"
        "3. The CWS is invited to:\n(a) note the contents of the present document; and\n"
        "(b) approve the proposed survey.\n"
    )
    result = draft(text, symbol="CWS/13/99", session=13)
    assert decisions(result) == [
        (3, 1, "noted", "proposal", "(a) note the contents of the present document"),
        (3, 2, "approved", "proposal", "(b) approve the proposed survey"),
    ]
    recalled = [w for w in result["warnings"] if "recalls a conclusion of session 12" in w]
    assert len(recalled) == 2


CONTEXT_REPORT = """CWS/18/30
ORIGINAL: ENGLISH

Committee on WIPO Standards (CWS)

Eighteenth Session

REPORT

Agenda Item 5: Progress reports
Agenda Item 5(b): Report on Task No. 90 by the International Bureau
1. The CWS noted that the International Bureau would hold webinars for Offices joining the \
Trademark Images Task Force.
Agenda Item 5(c): Report on Task No. 91 by the Trademark Images Task Force
2. The CWS noted the work plan of the Task Force.  The CWS noted that the Trademark Images \
Task Force had met twice.
Agenda Item 6: Development of WIPO Standards
Agenda Item 6(b): Proposal for a new WIPO Standard on sound marks
3. The CWS supported the proposal of the Delegation of Chile to add a glossary.
4. The CWS adopted the proposed new WIPO Standard ST.101.
5. The CWS requested the Secretariat to publish the revised version.
Agenda Item 8: Information services
Agenda Item 8(b): Report on the 2027 mapping survey
6. The CWS noted the mapping survey conducted under Task No. 92.  The CWS approved publishing \
the survey results on the WIPO website.
"""


def test_decisions_that_leave_their_subject_to_the_agenda_item():
    """A report on one Task by the International Bureau: a decision naming another Task Force
    still concerns the Task (not so when it names the reporting Task Force); a decision that
    names nothing continues the one Task the item's decisions named; a decision on "the
    proposal" under an item that proposes one Standard links it, even when the code is printed
    only later; a later "publish the revised version" is not linked to the Standard."""
    result = draft(CONTEXT_REPORT, symbol="CWS/18/30", session=18)
    links = [
        (d["paragraph"], d["ordinal"], d["tasks"], d["standards"], d["task_forces"])
        for d in result["decisions"]
    ]
    assert links == [
        (1, 1, [90], [], ["Trademark Images Task Force"]),
        (2, 1, [91], [], ["Trademark Images Task Force"]),
        (2, 2, [], [], ["Trademark Images Task Force"]),
        (3, 1, [], ["ST.101"], []),
        (4, 1, [], ["ST.101"], []),
        (5, 1, [], [], []),
        (6, 1, [92], [], []),
        (6, 2, [92], [], []),
    ]
    notes = {(d["paragraph"], d["ordinal"]): d["notes"] for d in result["decisions"]}
    assert any("Task No. 92" in note for note in notes[(6, 2)])
    assert any("the proposed ST.101" in note for note in notes[(3, 1)])
    assert not [w for w in result["warnings"] if "Agenda item" in w]
