"""Every rule of records/ingest/report/rules.py with its example, and counter-examples.

Each case is (rule, input, expected): the rule applied to the input must give the expected
result. The sections follow the rules module.
"""

import datetime

import pytest

from records.ingest.report import rules
from records.ingest.report.reading import read_front_matter


def conclusions(sentence):
    """(kind, nature, wording) of each conclusion of a sentence."""
    return [
        (c.kind, c.nature, sentence[c.start : c.end].strip().rstrip(",").strip())
        for c in rules.find_conclusions(sentence)
    ]


def kinds(sentence):
    return [(c.kind, c.nature) for c in rules.find_conclusions(sentence)]


def spans(text):
    return [text[start:end] for start, end in rules.sentence_spans(text)]


CASES = [
    # 1. Text clean-up and page furniture
    (rules.fold, " a \t b\u00a0 c ", "a b c"),
    (rules.is_page_header, "CWS/13/14 page 2", True),
    (rules.is_page_header, "CWS/12/29", True),
    (rules.is_page_header, "Annex, page 6", True),
    (rules.is_page_header, "The CWS noted document CWS/12/29.", False),
    (rules.line_joiner, ("cost-", "effective"), ""),
    (rules.line_joiner, ("Non-", "Governmental"), ""),
    (rules.line_joiner, ("CWS/12/4A-", "IB"), ""),
    (rules.line_joiner, ("September 20-", "22"), ""),
    (rules.line_joiner, ("paragraphs 51-", "to 52"), " "),
    (rules.line_joiner, ("the", "CWS"), " "),
    (rules.looks_like_markdown, ["## **Title**", "### INTRODUCTION", "**Twelfth Session**"], True),
    (rules.looks_like_markdown, ["1. The CWS noted", "2. The CWS approved"], False),
    (
        rules.strip_markdown,
        ["### INTRODUCTION", "[a link](https://x.org) and **bold** 5<sup>1</sup>"],
        ["INTRODUCTION", "a link and bold 51"],
    ),
    (rules.URL_LINE.match, "https://www.wipo.int/cws/en/", True),
    (rules.DOCUMENT_FOLLOWS.match, "[Document CWS/11/10 follows]", True),
    (rules.ANNEX_FOLLOWS.match, "[Annex I follows]", True),
    (rules.ANNEX_FOLLOWS.match, "The annex follows the report.", False),
    # 2. Paragraph numbers
    (rules.printed_number, "12. The CWS noted", (12, "The CWS noted")),
    (rules.printed_number, "12.The CWS noted", (12, "The CWS noted")),
    (rules.printed_number, "*15. The CWS is invited", (15, "The CWS is invited")),
    (rules.printed_number, "1.5 million documents", None),
    (rules.printed_number, "ST.26 is a Standard", None),
    (rules.starts_with_tab, "\tThe CWS noted", True),
    (rules.starts_with_one_space, " The CWS noted", True),
    (rules.starts_with_one_space, "  indented text", False),
    # 3. Headings and agenda items
    (rules.is_caps_heading, "IP DATA EXCHANGE", True),
    (rules.is_caps_heading, "BACKGROUND", False),
    (rules.is_caps_heading, "ST.26 ST.27", False),
    (rules.is_caps_heading, "Objective", False),
    (
        rules.agenda_item,
        "Agenda Item 8(c): Proposal for recommendations",
        ("8(c)", "Proposal for recommendations"),
    ),
    (rules.agenda_item, "AGENDA ITEM 8(C) - DATA EXCHANGE", ("8(c)", "DATA EXCHANGE")),
    (rules.agenda_item, "Agenda Item 10:  Summary by the Chair", ("10", "Summary by the Chair")),
    (rules.agenda_item, "The agenda item was discussed.", None),
    (rules.parent_code, "8(c)", "8"),
    (rules.parent_code, "8", None),
    (rules.is_short_title, "INTRODUCTION", True),
    (rules.is_short_title, "Adoption of the report of the session", True),
    (rules.is_short_title, "Analyze practices and challenges gathered; and", False),
    (rules.is_short_title, "The CWS noted the report.", False),
    (rules.is_short_title, "challenges experienced by the", False),
    (rules.is_title_line, "Progress Evaluation", True),
    (rules.is_title_line, "BACKGROUND", False),
    (rules.is_heading_line, " Introduction", True),
    (
        rules.is_heading_line,
        " While several delegations supported adoption of the new Standard.",
        False,
    ),
    # 4. The front matter
    (rules.parse_date, "OCTOBER 13, 2023", datetime.date(2023, 10, 13)),
    (rules.parse_date, "Smarch 13, 2023", None),
    (rules.ordinal_number, "Twelfth", 12),
    (rules.ordinal_number, "Twelve", None),
    (rules.session_of_symbol, "CWS/12/29", 12),
    (rules.session_of_symbol, "WO/GA/57/8", None),
    (rules.same_symbol, ("CWS/12/19 REV", "CWS/12/19 Rev."), True),
    (rules.same_symbol, ("CWS/12/19", "CWS/12/19 REV."), False),
    # 5. Sentences
    (
        spans,
        "The CWS noted X.  Mr. Y spoke on Task No. 67.  It ended.",
        ["The CWS noted X.", "Mr. Y spoke on Task No. 67.", "It ended."],
    ),
    (
        spans,
        "The agenda (document CWS/12/1 PROV.3) was adopted, i.e., as proposed.",
        ["The agenda (document CWS/12/1 PROV.3) was adopted, i.e., as proposed."],
    ),
    (
        spans,
        "The CWS did not adopt ST.93. Instead, it asked the U.S. Office.",
        ["The CWS did not adopt ST.93.", "Instead, it asked the U.S. Office."],
    ),
    (rules.mask_quotes, "said “the CWS noted” here", "said “xxxxxxxxxxxxx” here"),
    # 6. The Committee's conclusions: decisions
    (
        conclusions,
        "The CWS noted the report.",
        [("noted", "decision", "The CWS noted the report.")],
    ),
    (
        kinds,
        "The Committee also noted presentations made by five offices.",
        [("noted", "decision")],
    ),
    (
        kinds,
        "CWS noted a presentation by the Delegation of the Republic of Korea.",
        [("noted", "decision")],
    ),
    (kinds, "The CWS unanimously elected Mr. X as Chair.", [("elected", "decision")]),
    (kinds, "The CWS took note of the report.", [("noted", "decision")]),
    (kinds, "The CWS received progress reports from 12 Task Forces.", [("noted", "decision")]),
    (
        kinds,
        "The CWS discussed the development of common ICT solutions.",
        [("considered", "decision")],
    ),
    (
        kinds,
        "The CWS asked the Secretariat to publish the revised Standards.",
        [("requested", "decision")],
    ),
    (
        kinds,
        "The CWS did not adopt the proposed WIPO Standard ST.93.",
        [("not_adopted", "decision")],
    ),
    (kinds, "The CWS did not approve the revised description.", [("not_approved", "decision")]),
    (
        kinds,
        "Following the discussion, the CWS approved the revision of WIPO Standard ST.26.",
        [("approved", "decision")],
    ),
    (
        kinds,
        "Instead, the CWS requested that the Task Force revisit the draft.",
        [("requested", "decision")],
    ),
    (
        kinds,
        "The CWS supported the proposal and updated the draft proposal.",
        [("supported", "decision")],
    ),
    (kinds, "The CWS assigned Task No. 67 to the Task Force.", [("assigned", "decision")]),
    (kinds, "The CWS, at its twelfth session, adopted ST.92.", [("adopted", "decision")]),
    (
        conclusions,
        "The CWS noted the report; the CWS also agreed to publish it.",
        [
            ("noted", "decision", "The CWS noted the report"),
            ("agreed", "decision", "the CWS also agreed to publish it."),
        ],
    ),
    (
        conclusions,
        "The CWS reviewed the Tasks and noted the analysis by the Secretariat.",
        [
            ("reviewed", "decision", "The CWS reviewed the Tasks"),
            ("noted", "decision", "noted the analysis by the Secretariat."),
        ],
    ),
    (
        conclusions,
        "The CWS noted the content of the document, and encouraged its Members to participate.",
        [
            ("noted", "decision", "The CWS noted the content of the document"),
            ("encouraged", "decision", "encouraged its Members to participate."),
        ],
    ),
    (
        conclusions,
        "The CWS considered and adopted the set of 10 Recommendations.",
        [("adopted", "decision", "The CWS considered and adopted the set of 10 Recommendations.")],
    ),
    (
        kinds,
        "The CWS approved the establishment of the Task Force and designated JPO as Leader.",
        [("approved", "decision")],
    ),
    (
        kinds,
        "The CWS noted that the Task Force had reviewed the draft and approved it.",
        [("noted", "decision")],
    ),
    (
        kinds,
        "Revisions to the following three WIPO Standards were approved:",
        [("approved", "decision")],
    ),
    (kinds, "No new standard was adopted at the eleventh session.", [("not_adopted", "decision")]),
    (
        kinds,
        "As the CWS did not adopt ST.93, the proposal by the Task Force was also not approved.",
        [("not_approved", "decision")],
    ),
    (
        kinds,
        "This report was adopted by the participants to the twelfth session of the CWS.",
        [("adopted", "decision")],
    ),
    (
        kinds,
        "As requested by the CWS, the Secretariat issued a circular.",
        [("requested", "decision")],
    ),
    # ... and what is not a decision of the Committee
    (kinds, "The Delegation of Japan noted that the draft was optional.", []),
    (kinds, "The Delegation said that, as agreed, the CWS approved the plan.", []),
    (kinds, "If the CWS approves the survey, the Task Force will send it.", []),
    (kinds, "The Secretariat informed the CWS that there were 19 active Tasks.", []),
    (kinds, "The International Bureau encouraged IP offices to provide their tables.", []),
    (kinds, "The API Task Force noted that the promotion would require more APIs.", []),
    (kinds, "The CWS Members and Observers shared their practices.", []),
    (kinds, "The Delegation said: “The CWS approved the revision last year.”", []),
    (kinds, "The mandate of the CWS, which was adopted at the tenth session, applies.", []),
    (kinds, "The version 7.1 was approved by the XML4IP Task Force.", []),
    (kinds, "It was agreed that the matter be revisited.", []),
    (kinds, "The Task Force to prepare a survey if the CWS approves to conduct it.", []),
    # ... proposals
    (kinds, "The CWS is invited to take note of the 2023 activities.", [("noted", "proposal")]),
    (
        kinds,
        "The WIPO General Assembly is invited to take note of the report.",
        [("noted", "proposal")],
    ),
    (
        kinds,
        "The CWS is invited to consider and approve the proposed survey.",
        [("approved", "proposal")],
    ),
    (lambda s: [c.listed for c in rules.find_conclusions(s)], "The CWS is invited to:", [True]),
    (rules.invitation_kind, "(c) consider and approve the proposed survey", "approved"),
    (rules.invitation_kind, "take note of the report", "noted"),
    (rules.invitation_kind, "comment on the draft", None),
    (
        kinds,
        "In response to the brief, the Secretariat proposed to add a new Task, i.e., "
        "Task No. 67, to the CWS Work Program with the following description:",
        [("approved", "proposal")],
    ),
    (
        kinds,
        "Assuming ST.93 is adopted, the Task Force proposed to revise the description of "
        "Task No. 55 as follows:",
        [("approved", "proposal")],
    ),
    (
        kinds,
        "The Secretariat also proposed the creation of a new Task Force, with the name "
        "“IP Data Exchange Task Force”.",
        [("approved", "proposal")],
    ),
    (kinds, "The Task Force proposed to update the description of Task No. 56.", []),
    (kinds, "The International Bureau proposed to organize a workshop on names.", []),
    # ... lists: "The CWS:" then lettered items, and the wording of an item
    (lambda t: bool(rules.COMMITTEE_LEAD.match(t)), "The Committee:", True),
    (lambda t: bool(rules.COMMITTEE_LEAD.match(t)), "The Committee noted:", False),
    (rules.item_verb_kind, "(b) adopted new WIPO Standard ST.101;", "adopted"),
    (rules.item_verb_kind, "(c) the Secretariat to publish it", None),
    (rules.item_wording, "(b) note the challenges;  and", "(b) note the challenges"),
    (rules.item_wording, "(c) approve the survey.", "(c) approve the survey"),
    # ... warnings and dating
    (
        rules.unclear_conclusion,
        "It was agreed that the matter be revisited.",
        "it names no subject",
    ),
    (
        rules.unclear_conclusion,
        "To undertake this Task, the CWS established the Task Force.",
        "the verb “established” has no decision kind",
    ),
    (rules.unclear_conclusion, "The Delegation of Japan noted the draft.", None),
    (
        rules.dated_session,
        "At its twelfth session, the CWS approved the creation of Task No. 67.",
        12,
    ),
    (rules.dated_session, "At the same session, the CWS considered the proposals.", "same"),
    (
        rules.dated_session,
        "The CWS noted that the report would be presented at its twelfth session.",
        None,
    ),
    # 7. Links
    (rules.task_numbers, "Tasks Nos. 62 and 63", [62, 63]),
    (
        rules.task_numbers,
        "Report on Task No. 62, No. 63 and No. 65 by the Task Force",
        [62, 63, 65],
    ),
    (rules.task_numbers, "under the framework of Task No.24", [24]),
    (rules.task_numbers, "the Task Force and 3 Tasks", []),
    (
        rules.standard_codes,
        "ST.3, ST.9, ST80 and WIPO ST.96 version 8.0",
        [("ST.3", "ST.3"), ("ST.9", "ST.9"), ("ST.80", "ST80"), ("ST.96", "ST.96")],
    ),
    (rules.standard_codes, "the STANDARD and STATUS", []),
    (
        rules.task_force_names,
        "the IP Data Exchange Task Force Leader",
        ["IP Data Exchange Task Force"],
    ),
    (
        rules.task_force_names,
        "The Part 7 Task Force and the 3D Task Force",
        ["Part 7 Task Force", "3D Task Force"],
    ),
    (
        rules.task_force_names,
        "by the Public Access to Patent Information (PAPI) Task Force",
        ["Public Access to Patent Information (PAPI) Task Force"],
    ),
    (rules.task_force_names, "the Task Force, the new Task Force and the CWS Task Forces", []),
    (rules.task_force_names, "Twenty Task Force members responded to the survey", []),
    (
        rules.task_force_names,
        "prepared by the Co-Leaders\nBACKGROUND\nThe IP Data Exchange Task Force was set up",
        ["IP Data Exchange Task Force"],
    ),
    (
        rules.acronym_forms,
        "Information Communication Technologies (ICT) Strategy for Standards",
        ["ICT Strategy for Standards", "ICT"],
    ),
    (rules.acronym_forms, "Legal Status", []),
    (
        rules.task_force_list,
        "progress reports from 12 Task Forces: 3D, Legal Status, Part 7, and XML4IP.",
        ["3D", "Legal Status", "Part 7", "XML4IP"],
    ),
    (
        lambda t: bool(rules.TASK_FORCE_ANAPHORA.search(t)),
        "assigned Task No. 67 to the Task Force.",
        True,
    ),
    (lambda t: bool(rules.TASK_FORCE_ANAPHORA.search(t)), "the CWS Task Forces", False),
    (
        lambda t: bool(rules.STANDARD_ANAPHORA.search(t)),
        "applies only to the adopted Standard",
        True,
    ),
    (lambda t: bool(rules.STANDARD_ANAPHORA.search(t)), "the new Standard ST.92", False),
    (
        lambda t: bool(rules.GENERIC_STANDARDS.search(t)),
        "efforts of offices to implement WIPO Standards",
        True,
    ),
    (
        rules.document_symbols,
        "document CWS/12/1 PROV.3 and CWS/12/23 REV. 2",
        ["CWS/12/1 PROV.3", "CWS/12/23 REV. 2"],
    ),
    (
        rules.document_symbols,
        "CWS/12/18 CORR., CWS/12/19, CWS/12/21;",
        ["CWS/12/18 CORR.", "CWS/12/19", "CWS/12/21"],
    ),
    (rules.document_symbols, "Circular C.CWS 185 and the decision of CWS/13", ["C.CWS 185"]),
    (lambda t: bool(rules.DOCUMENT_ANAPHORA.search(t)), "noted the content of the document", True),
    (
        lambda t: bool(rules.DOCUMENT_ANAPHORA.search(t)),
        "as described in the document CWS/12/24",
        False,
    ),
    (
        lambda t: bool(rules.DISCUSSION_BASIS.search(t)),
        "Discussions were based on document CWS/12/2.",
        True,
    ),
    (
        lambda t: bool(rules.NOTES_REPORT.search(t)),
        "The CWS noted the work plan and challenges.",
        True,
    ),
    (
        rules.proposed_standards,
        "The Office asked whether the proposed new WIPO Standard ST.104 would be optional.",
        ["ST.104"],
    ),
    (rules.proposed_standards, "reviewed a new draft Standard, WIPO Standard ST.105,", ["ST.105"]),
    (rules.proposed_standards, "published the revised WIPO Standard ST.3", []),
    (lambda t: bool(rules.PROPOSAL.search(t)), "The CWS welcomed the proposal of Peru.", True),
    (lambda t: bool(rules.PROPOSAL.search(t)), "The CWS considered two proposals.", False),
    (rules.item_subject, "Report on Task No. 66 by the International Bureau", ([66], [])),
    (rules.item_subject, "Report on Task No. 62, No. 63 and No. 65 by the Task Force", ([], [])),
    (
        rules.item_subject,
        "WIPO Standards ST.27, ST.61 and ST.87",
        ([], ["ST.27", "ST.61", "ST.87"]),
    ),
    (rules.item_subject, "Proposal for the revision of WIPO Standard ST.91", ([], [])),
    # 8. Events
    (lambda t: bool(rules.TASK_CREATED.search(t)), "approved the creation of Task No. 67", True),
    (
        lambda t: bool(rules.TASK_DESCRIPTION.search(t)),
        "approved the revised description of the Task No. 56",
        True,
    ),
    (lambda t: bool(rules.TASK_DESCRIPTION.search(t)), "the proposal to revise Task No. 70", True),
    (lambda t: bool(rules.TASK_DESCRIPTION.search(t)), "the revision of the Task Force", False),
    (
        lambda t: bool(rules.TASK_ASSIGNED.search(t)),
        "approved assigning Task No. 66 to the Task Force",
        True,
    ),
    (lambda t: bool(rules.TASK_DISCONTINUED.search(t)), "agreed to discontinue Task No. 23", True),
    (
        lambda t: bool(rules.TASK_ABEYANCE.search(t)),
        "agreed that Task No. 23 be held in abeyance",
        True,
    ),
    (
        lambda t: bool(rules.STANDARD_IN_FORCE.search(t)),
        "version 1.7 will enter into force from July 1, 2024",
        True,
    ),
    (
        rules.quoted_description,
        "The CWS approved the revised description, which reads:\n“Ensure the revisions.”",
        "Ensure the revisions.",
    ),
    (rules.quoted_description, "The CWS noted the report.", ""),
    (rules.event_date, "will enter into force from July 1, 2024", ("2024-07-01", "day")),
    (rules.event_date, "approved and published in April 2023", ("2023-04-01", "month")),
    (rules.event_date, "in due course", (None, "")),
    (
        rules.proposed_for_standard,
        "proposals for two new WIPO Standards, and proposals for the revisions of four "
        "existing Standards: ",
        "revision_proposed",
    ),
    (
        rules.proposed_for_standard,
        "considered proposals for a new draft Standard, WIPO Standard ",
        "proposed",
    ),
    (rules.proposed_for_standard, "noted the presentations on ", None),
    (
        lambda t: bool(rules.LEADERS_DESIGNATED.search(t)),
        "designated JPO, SAIP and the International Bureau as the Co-Leaders",
        True,
    ),
    (
        lambda t: bool(rules.TASK_FORCE_RESTARTED.search(t)),
        "the proposal to restart the Authority File Task Force",
        True,
    ),
]


@pytest.mark.parametrize(("rule", "example", "expected"), CASES)
def test_rule_gives_its_example(rule, example, expected):
    result = rule(*example) if isinstance(example, tuple) else rule(example)
    if expected is True or expected is False:
        assert bool(result) is expected
    else:
        assert result == expected


def test_front_matter_of_a_cover():
    front = read_front_matter(
        [
            ["CWS/11/10"],
            ["ORIGINAL: ENGLISH", "DATE: OCTOBER 13, 2023"],
            ["Committee on WIPO Standards (CWS)"],
            ["Eleventh Session", "Geneva, December 4 to 8, 2023"],
            ["REPORT BY THE INTERNATIONAL BUREAU"],
            ["Document prepared by the Secretariat"],
            ["INTRODUCTION"],
        ]
    )
    assert (front.symbol, front.session, front.date) == (
        "CWS/11/10",
        11,
        datetime.date(2023, 10, 13),
    )
    assert front.title == "REPORT BY THE INTERNATIONAL BUREAU"
    assert front.headings == ["INTRODUCTION"]


def test_front_matter_without_a_cover_is_only_headings():
    front = read_front_matter([["INTRODUCTION"]])
    assert (front.symbol, front.title, front.headings) == (None, "", ["INTRODUCTION"])
