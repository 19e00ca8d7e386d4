"""Every rule of the report import, in one place.

A rule is a pattern or a small function with a comment and an example; tests/ingest/test_rules.py
checks each example (and counter-examples). The other modules of the package apply these rules
and hold no patterns of their own, so that a reader can see here what the import recognises:

1. text clean-up and page furniture    5. sentences
2. paragraph numbers                   6. the Committee's conclusions (decisions, proposals)
3. headings and agenda items           7. links to Tasks, Standards, Task Forces, documents
4. the front matter (symbol, title...) 8. the history events a decision implies

The rules are written for the formulaic English of WIPO/CWS reports; they name no particular
document, sentence or paragraph number.
"""

import re
from dataclasses import dataclass
from datetime import date

# 1. Text clean-up and page furniture --------------------------------------------------------

# Runs of spaces, TABs and no-break spaces fold to one space: "a \t b" -> "a b".
SPACES = re.compile(r"[ \t\u00a0]+")

# Bullet glyphs as extracted from Word and PDF ("·", "•", the Symbol-font "\uf0b7", dashes).
BULLETS = ("·", "•", "\uf0b7", "−", "–")
BULLET_RE = re.compile(r"^[·•\uf0b7−–]\s*")

# A lettered sub-item starts its own line in a paragraph: "(a) note the contents ...".
SUBITEM_RE = re.compile(r"^\([a-z]\)\s")

# A quoted line (a Task description, a Recommendation) starts with an opening quote.
QUOTE_START = ("“", '"')

# A line that is only a URL (a footnote the extraction put in the text) is not content:
# "https://www.wipo.int/cws/en/" or the markdown "[https://x](https://x)".
URL_LINE = re.compile(r"^\s*\[?https?://\S+\s*$|^\s*\[https?://.*\]\(https?://.*\)\s*$")

# A document symbol: "CWS/12/29", "WO/GA/57/8", "WO/PBC/37/6", "AB/X/32".
SYMBOL = r"[A-Z]{2,5}(?:/[A-Z0-9]{1,6}){2,3}"

# Running page headers of WIPO documents, on one line or two: "CWS/13/14 page 2",
# "CWS/12/29" then "page 3", "Annex, page 6".
PAGE_HEADER = [re.compile(rf"^{SYMBOL}$"), re.compile(r"^(Annex( [IVX]+)?, )?page \d+$")]
PAGE_HEADER_ONE_LINE = re.compile(rf"^{SYMBOL}\s+(Annex( [IVX]+)?, )?page \d+$")

# Structure markers between the parts of a WIPO document: "[Annex follows]",
# "[Annex I follows]", "[Document CWS/11/10 follows]", "[End of document]".
ANNEX_FOLLOWS = re.compile(r"^\s*\[\s*Annex(?:es)?(?: [IVX]+)? follows?\s*\]", re.I)
DOCUMENT_FOLLOWS = re.compile(rf"^\s*\[\s*Document ({SYMBOL}) follows\s*\]", re.I)
END_MARKER = re.compile(r"^\s*\[\s*End of ", re.I)


def fold(text):
    """White space folded to single spaces, ends trimmed: " a \\t b " -> "a b"."""
    return SPACES.sub(" ", text).strip()


def line_joiner(previous, following):
    """What joins a line wrapped by the layout to the next: nothing inside a hyphenated word
    ("cost-" + "effective", "Non-" + "Governmental", "4A-" + "IB", "20-" + "22"), else a space
    ("51-" + "to 52": a number, a hyphen and a word; "the" + "CWS")."""
    if len(previous) > 1 and previous.endswith("-") and not previous.endswith(" -"):
        before, after = previous[-2], following[:1]
        if (before.isalpha() and after.isalpha()) or (before.isalnum() and after.isdigit()):
            return ""
    return " "


def is_page_header(line):
    """A running page header: "CWS/13/14", "page 2", "Annex, page 6", "CWS/13/14 page 2"."""
    line = fold(line)
    return any(p.match(line) for p in PAGE_HEADER) or bool(PAGE_HEADER_ONE_LINE.match(line))


# Markdown extractions: "## **Title**", "[text](url)", "\\_", "<sup>1</sup>".
MARKDOWN_LINE = re.compile(r"^#{1,6}\s|\*\*\S|\]\(https?://")


def looks_like_markdown(lines):
    """Three or more markdown-marked lines make a text a markdown extraction."""
    return sum(1 for line in lines if MARKDOWN_LINE.search(line)) >= 3


def strip_markdown(lines):
    """Markdown headings, links, superscripts and bold taken out of a markdown extraction:
    "### INTRODUCTION" -> "INTRODUCTION", "[a](http://a)" -> "a"."""
    lines = [re.sub(r"^#+\s*", "", line) for line in lines]
    lines = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line).replace("\\_", "_") for line in lines]
    return [re.sub(r"<sup>(.*?)</sup>", r"\1", line).replace("**", "") for line in lines]


# 2. Paragraph numbers -----------------------------------------------------------------------

# A printed paragraph number: "12. The CWS ...", also glued to the text ("12.The CWS") when a
# capital, a quote or a parenthesis follows (so "1.5 million" is not paragraph 1).
NUMBERED_LINE = re.compile(r"^(\d{1,4})\.(?:\s+|(?=[A-Z“\"‘(]))(.*)$")


def printed_number(line):
    """The paragraph number a line starts with, and the rest: "12.The CWS" -> (12, "The CWS")."""
    match = NUMBERED_LINE.match(line.strip().strip("*").strip())
    return (int(match.group(1)), match.group(2)) if match else None


# In extractions that lost the numbers, each numbered paragraph starts with a TAB
# ("\tThe CWS noted ..."), or, at a page or frame start, with a single space.
def starts_with_tab(line):
    return line.startswith("\t")


def starts_with_one_space(line):
    """ " The CWS noted" (a single leading space), not "  indented" or "plain"."""
    return line.startswith(" ") and not line.startswith("  ") and bool(line.strip())


# 3. Headings and agenda items ---------------------------------------------------------------


def is_caps_heading(line):
    """A capitalised section title such as "IP DATA EXCHANGE": two or more capitalised words,
    no lower case. A single capitalised word ("BACKGROUND") or a code ("ST.26") is kept as
    text, as the curated paragraphs do."""
    line = line.strip()
    words = [word for word in line.split() if re.search(r"[A-Z]{2,}", word)]
    return (
        len(words) >= 2
        and not re.search(r"[a-z]", line)
        and not line.startswith(("ST.", *BULLETS))
        and not line[0].isdigit()
        and not line.endswith((")", ",", ";"))
    )


# An agenda item heading: "Agenda Item 8(c): Proposal ...", "AGENDA ITEM 8(C) - ...",
# "Agenda item 4: CWS Work Program", "Agenda Item 10:  Summary by the Chair".
AGENDA_ITEM = re.compile(
    r"^\s*agenda\s+item\s+(\d{1,2})\s*(?:\(\s*([a-z])\s*\))?\s*[:.\-–—]?\s*(.*?)\s*$", re.I
)


def agenda_item(line):
    """(code, title) of an agenda item heading: "AGENDA ITEM 8(C): X" -> ("8(c)", "X")."""
    match = AGENDA_ITEM.match(line)
    if not match:
        return None
    number, letter, title = match.groups()
    code = f"{number}({letter.lower()})" if letter else number
    return code, title


def parent_code(code):
    """The parent of a lettered item: "8(c)" -> "8"; "8" has none."""
    return code.split("(")[0] if "(" in code else None


# Words a heading does not end with (a line ending so is a wrapped line of a sentence).
FUNCTION_WORDS = {"and", "or", "of", "the", "to", "in", "for", "with", "on", "a", "an", "by"}


def is_short_title(line):
    """A short line that reads as a title: at most ten words, a capital first, no closing
    punctuation and no semicolon, not ending with a function word: "INTRODUCTION",
    "Objective", "Adoption of the report of the session" (not "Analyze the data; and")."""
    text = fold(line)
    words = text.split()
    return (
        0 < len(words) <= 10
        and text[0].isupper()
        and ";" not in text
        and not text.endswith((".", ":", ",", "!", "?"))
        and words[-1].lower() not in FUNCTION_WORDS
        and not text.startswith((*BULLETS, *QUOTE_START, "("))
        and not NUMBERED_LINE.match(text)
        and not URL_LINE.match(text)
    )


def is_title_line(line):
    """A short title in mixed case, such as "Objective", "Progress Evaluation" or
    "Introduction": a heading when it stands alone (blank lines around it, or a block of its
    own). In capitals, a single word ("BACKGROUND") is not one (see ``is_caps_heading``)."""
    return is_short_title(line) and bool(re.search(r"[a-z]", fold(line)))


def is_bold_heading(text, lines=1):
    """Bold text (in Word or a PDF) of at most three lines and forty words that does not end
    as a sentence: a heading ("AGENDA ITEM 3(B): PROPOSAL FOR THE REVISION OF WIPO STANDARD
    ST.26"), not an emphasised sentence ("The CWS approved the report.")."""
    return lines <= 3 and len(text.split()) <= 40 and not text.rstrip().endswith((".", ";"))


def is_heading_line(line):
    """A line that is a heading wherever a paragraph could start instead (in text that lost
    its numbers, or just above the first paragraph): an agenda item, a capitalised title or a
    short title, "INTRODUCTION" included."""
    text = fold(line)
    return bool(text) and (bool(agenda_item(text)) or is_caps_heading(text) or is_short_title(text))


# 4. The front matter (above the first paragraph) --------------------------------------------

# "ORIGINAL: ENGLISH", "DATE: OCTOBER 13, 2023", "Document prepared by the Secretariat".
ORIGINAL_LINE = re.compile(r"^\s*ORIGINAL\s*:", re.I)
DATE_LINE = re.compile(r"^\s*DATE\s*:\s*(.+?)\s*$", re.I)
PREPARED_BY = re.compile(r"^\s*\*?Document prepared by\b", re.I)
COMMITTEE_LINE = re.compile(r"^\s*(Committee on WIPO Standards|WIPO General Assembly)\b", re.I)
# "Twelfth Session", "Eleventh Session", "Fifty-Seventh (31st Ordinary) Session".
SESSION_LINE = re.compile(r"^\s*([A-Za-z]+(?:-[A-Za-z]+)?)\s+(?:\([^)]*\)\s+)?Session\b", re.I)
# "Geneva, September 16 to 19, 2024".
VENUE_LINE = re.compile(r"^\s*[A-Z][a-z]+,\s+[A-Z][a-z]+ \d{1,2}\b.*\d{4}\s*$")
# A symbol printed on its own line at the top of the first page: "CWS/11/10".
SYMBOL_LINE = re.compile(
    rf"^\s*({SYMBOL}(?: (?:REV|Rev|CORR|Corr|PROV|ADD|Add)\.?(?: ?\d+)?)?)\s*$"
)

ORDINALS = {
    word: number
    for number, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}


def ordinal_number(word):
    """ "Twelfth" -> 12, "eleventh" -> 11; None for words that are no ordinal."""
    return ORDINALS.get(word.lower())


def parse_date(text):
    """A printed date: "OCTOBER 13, 2023" -> date(2023, 10, 13); None if it is not one."""
    match = re.match(r"^\s*([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})\s*$", text)
    if not match or match.group(1).lower() not in MONTHS:
        return None
    return date(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))


def session_of_symbol(symbol):
    """The session a CWS symbol belongs to: "CWS/12/29" -> 12; None for other bodies."""
    match = re.match(r"^CWS/(\d+)/", symbol)
    return int(match.group(1)) if match else None


def same_symbol(a, b):
    """Symbols compare without case, spaces or a final full stop: "CWS/12/19 REV" equals
    "CWS/12/19 Rev."."""

    def key(symbol):
        return re.sub(r"[\s.]", "", symbol).upper()

    return key(a) == key(b)


# 5. Sentences -------------------------------------------------------------------------------

# Abbreviations after which a full stop does not end a sentence: "Mr. Ali", "Task No. 67",
# "i.e., the", "e.g. the", and dotted initials ("U.S. Patent").
ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "no", "nos", "i.e", "e.g", "art", "para", "paras", "cf"}
SENTENCE_END = re.compile(r"[.!?][”’\"')]*\s+(?=[“‘\"(]?[A-Z])")


def sentence_spans(text):
    """Where the sentences of a one-line text start and end (end excludes trailing spaces):
    "The CWS noted X.  Mr. Y spoke." -> two sentences."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        word = before[-1].lower().rstrip(".") if before else ""
        if word in ABBREVIATIONS or re.fullmatch(r"[a-z](?:\.[a-z])+", word):
            continue
        end = match.end()
        spans.append((start, len(text[:end].rstrip())))
        start = end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


QUOTED = re.compile(r"“[^”]*”|‘[^’]*’(?=\W|$)|\"[^\"]*\"")


def mask_quotes(text):
    """Quoted words hidden (same length) so that rules do not read them: quoted text is what
    someone else wrote, not a conclusion. '“the CWS noted”' -> '“xxxxxxxxxxxxx”'."""
    return QUOTED.sub(lambda m: m.group(0)[0] + "x" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


# 6. The Committee's conclusions ------------------------------------------------------------

# The Committee as the subject of a sentence: "The CWS", "the Committee", "CWS" (printed
# without the article), "The Committee on WIPO Standards (CWS)".
COMMITTEE = r"(?:\b[Tt]he\s+)?\b(?:CWS|Committee)(?:\s+on\s+WIPO\s+Standards)?(?:\s+\(CWS\))?"

# Adverbs that may stand between the subject and the verb: "The CWS also noted", "The CWS
# unanimously elected", "The CWS further noted".
ADVERBS = r"(?:(?:also|further|then|thus|therefore|furthermore|moreover|finally|again|\w+ly)\s+)*"

# The verbs of a conclusion, as printed, and the project's decision kind each records.
# "took note of", "received" (reports) and "welcomed" are recorded as noted; "discussed" as
# considered; "asked" and "invited" (someone to act) as requested; "decided" as agreed;
# "endorsed" as supported.
VERB_KINDS = {
    "noted": "noted",
    "took note": "noted",
    "received": "noted",
    "welcomed": "noted",
    "approved": "approved",
    "agreed": "agreed",
    "decided": "agreed",
    "adopted": "adopted",
    "requested": "requested",
    "asked": "requested",
    "invited": "requested",
    "encouraged": "encouraged",
    "urged": "encouraged",
    "considered": "considered",
    "discussed": "considered",
    "elected": "elected",
    "re-elected": "elected",
    "supported": "supported",
    "endorsed": "supported",
    "assigned": "assigned",
    "reviewed": "reviewed",
}
# "did not adopt" and "did not approve" are the negative kinds.
NEGATED_KINDS = {"adopt": "not_adopted", "approve": "not_approved"}
VERB_ALTERNATION = "|".join(sorted((re.escape(v) for v in VERB_KINDS), key=len, reverse=True))
VERB_RE = rf"(?:{VERB_ALTERNATION})"

# The Committee, adverbs, then a conclusion verb: "The CWS also noted", "CWS noted",
# "the Committee did not adopt".
# A short phrase between commas may stand between them: "The CWS, at its twelfth session,
# adopted ...".
ASIDE = r"(?:\s*,\s*(?:at|in|during|after|following|on|under|upon|with)\b[^,;]{0,60},)?"
COMMITTEE_CONCLUDES = re.compile(
    rf"(?P<subject>{COMMITTEE}){ASIDE}\s+{ADVERBS}"
    rf"(?:(?P<negated>did\s+not\s+(?P<base>adopt|approve))|(?P<verb>{VERB_RE}))\b"
)

# A second conclusion of the same subject, joined by "and": "The CWS reviewed X and noted Y",
# "noted X, and encouraged Y". Two verbs side by side ("considered and adopted") make one
# conclusion, of the last verb's kind.
COORDINATED = re.compile(
    rf"(?P<join>,?\s+and\s+(?:also\s+|then\s+|further\s+)?)(?P<verb>{VERB_RE})\b"
)
# Inside "noted that the Task Force had reviewed X and approved Y", the second verb is the
# Task Force's: a perfect auxiliary before it keeps it in the reported clause.
PERFECT_AUXILIARY = re.compile(r"\b(?:had|has|have)\b")

# A conclusion worded in the passive: "Revisions to the following three WIPO Standards were
# approved:", "No new standard was adopted at the eleventh session", "... was also not
# approved". Not when a relative pronoun makes it a description ("..., which was adopted at
# the tenth session") or when someone else is the agent ("approved by the XML4IP Task Force").
PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?P<negated>not\s+)?"
    r"(?P<verb>approved|adopted|agreed|endorsed|elected|decided)\b"
)
RELATIVE = re.compile(r"\b(?:which|that|who|whom|whose)\b", re.I)
NEGATIVE_SUBJECT = re.compile(r"^\s*(?:[^,]*,\s*)?No\s+", re.I)
# "As requested by the CWS, the Secretariat issued a circular" reports a request of the CWS.
AS_BY_COMMITTEE = re.compile(
    rf"^\s*As\s+(?P<verb>requested|agreed|decided|approved|noted)\s+by\s+{COMMITTEE}\b"
)

# Agents that are not the Committee: a passive conclusion of theirs is not a decision.
OTHER_ACTOR = (
    r"(?:Task\s+Forces?|Secretariat|International\s+Bureau|Delegations?|Representatives?|"
    r"Offices?|Member\s+States|Chair|General\s+Assembly|Assemblies|[A-Z]{2,}\b)"
)
OTHER_AGENT = re.compile(rf"^\s*by\s+(?:the\s+)?(?:[\w-]+\s+){{0,5}}?{OTHER_ACTOR}")

# An invitation to decide: "The CWS is invited to take note of ...", "The WIPO General
# Assembly is invited to:" (with lettered sub-items). A proposal, of the kind of its last verb.
INVITED = re.compile(
    r"(?P<body>(?:\b[Tt]he\s+)?(?:WIPO\s+)?(?:CWS|Committee|General\s+Assembly|Assemblies))"
    r"\s+(?:is|are)\s+(?:hereby\s+)?invited\s+to\b\s*:?\s*(?P<rest>.*)$",
    re.S,
)
# The verbs of an invitation, in the infinitive: "take note of" -> noted, "consider and
# approve" -> approved (the last verb).
INFINITIVE_KINDS = {
    "take note": "noted",
    "note": "noted",
    "approve": "approved",
    "agree": "agreed",
    "adopt": "adopted",
    "request": "requested",
    "encourage": "encouraged",
    "consider": "considered",
    "elect": "elected",
    "support": "supported",
    "assign": "assigned",
    "review": "reviewed",
}
INFINITIVE_RE = "|".join(sorted(INFINITIVE_KINDS, key=len, reverse=True))
INFINITIVES = re.compile(rf"^(?:\([a-z]\)\s*)?((?:(?:{INFINITIVE_RE})\b(?:\s*,\s*|\s+and\s+)?)+)")

# Someone else's proposal to create or revise a Task, a Task Force or a Standard, with the
# proposed wording printed (a quoted description or name follows): a proposal to the
# Committee, of the kind the Committee would decide ("approved"; "adopted" for a Standard).
# "The Secretariat proposed to add a new Task, i.e., Task No. 67, ... with the following
# description:" and "the Task Force proposed to revise the description of Task No. 55 as
# follows:". Without printed wording ("proposed to update the description of Task No. 56.")
# it is only reported, as is a proposal about anything else ("proposed to organize a workshop").
PROPOSER = (
    r"(?:Secretariat|International\s+Bureau|Task\s+Force|Co-?[Ll]eaders?|Leaders?|"
    r"Delegations?(?:\s+of\s+[A-Z][\w ]+?)?|Representatives?(?:\s+of\s+[A-Z][\w ]+?)?)"
)
RECORD_PROPOSED = re.compile(
    rf"\b{PROPOSER}\s+(?:also\s+)?proposed\s+"
    r"(?:to\s+(?:add|create|establish|revise|update|amend|modify)\b|"
    r"the\s+(?:creation|establishment|revision|addition|update|amendment)\s+of\b)"
    r"(?P<object>.*)$",
    re.S,
)
RECORD_NOUN = re.compile(r"\b(?P<noun>Task\s+Force|Task|Standard|ST\.?\s?\d)")
PRINTED_WORDING = re.compile(r"(?:as\s+follows|following\s+(?:description|name|title))\s*:\s*$|“")

# A sentence that opens by dating what follows to a session: "At its twelfth session, ...",
# "At the same session, the CWS considered ...". Conclusions dated to another session than the
# one imported recall earlier decisions; the report does not take them.
DATED_SESSION = re.compile(
    r"^\s*(?:At|During)\s+(?:its|the)\s+(?:(?P<same>same)|(?P<ordinal>[a-z]+))\s+session\b",
    re.I,
)
# "It was agreed that ..." names no one: flagged for the reviewer, not drafted.
NO_SUBJECT = re.compile(r"^\s*It\s+was\s+(?:also\s+)?(agreed|decided|noted|approved|adopted)\b")
# The Committee with a past-tense verb the kinds do not cover ("the CWS established ...").
COMMITTEE_OTHER_VERB = re.compile(rf"(?P<subject>{COMMITTEE})\s+{ADVERBS}(?P<verb>[a-z]+ed)\b")


# "The CWS:" before lettered items that each open with a verb ("(a) noted the report;").
COMMITTEE_LEAD = re.compile(rf"^\s*{COMMITTEE}\s*:\s*$")
ITEM_VERB = re.compile(rf"^(?:\([a-z]\)\s*)?(?:also\s+)?({VERB_RE})\b")


def item_verb_kind(item):
    """The kind of a listed conclusion: "(b) adopted new Standard ST.101;" -> adopted."""
    match = ITEM_VERB.match(item.strip())
    return VERB_KINDS[re.sub(r"\s+", " ", match.group(1))] if match else None


def item_wording(item):
    """A list item's wording without its closing punctuation: "(a) note X;  and" -> "(a) note
    X" (the curated wording of a proposal or decision given as a lettered item)."""
    return re.sub(r"(?:[;,.]\s*(?:and|or)?|\s+(?:and|or))\s*$", "", item.strip()).strip()


@dataclass(frozen=True)
class Conclusion:
    """One conclusion found in a sentence: its kind, nature, and where its wording is
    (``start``/``end`` in the sentence). ``listed`` marks "is invited to:" before sub-items."""

    kind: str
    nature: str
    start: int
    end: int
    listed: bool = False


def _valid_subject_position(masked, start):
    """The Committee is the subject of the main clause: it opens the sentence, or follows an
    introductory phrase and a comma ("Following the discussion, the CWS ..."). Not in a clause
    that gives a reason or a condition, where a conclusion is recalled rather than taken ("As
    the CWS did not adopt ST.93, the proposal ... was also not approved" records one
    conclusion, not approved), nor in reported speech ("... said that, as agreed, the CWS")."""
    prefix = masked[:start].strip()
    if not prefix:
        return True
    clause = re.split(r";\s", prefix)[-1] if not prefix.endswith(";") else ""
    return prefix.endswith(";") or (prefix.endswith(",") and " that" not in clause)


def invitation_kind(text):
    """The kind an invitation proposes: "take note of X" -> noted; "(c) consider and approve
    the survey" -> approved; None if no decision verb opens it."""
    match = INFINITIVES.match(text.strip())
    if not match:
        return None
    verbs = re.findall(INFINITIVE_RE, match.group(1))
    return INFINITIVE_KINDS[verbs[-1]] if verbs else None


def find_conclusions(sentence):
    """The conclusions of the Committee worded in one sentence, in order.

    "The CWS reviewed X and noted Y." -> reviewed (to "X"), noted (from "noted");
    "The Delegation of Japan noted X." -> none."""
    masked = mask_quotes(sentence)
    invited = INVITED.search(masked)
    if invited and _valid_subject_position(masked, invited.start()):
        rest = sentence[invited.start("rest") :].strip()
        if not rest:
            return [Conclusion("", "proposal", invited.start(), len(sentence), listed=True)]
        kind = invitation_kind(rest)
        return [Conclusion(kind, "proposal", invited.start(), len(sentence))] if kind else []
    proposed = RECORD_PROPOSED.search(masked)
    if proposed and _valid_subject_position(masked, _clause_start(masked, proposed.start())):
        noun = RECORD_NOUN.search(masked[proposed.start("object") :])
        if noun and PRINTED_WORDING.search(sentence[proposed.start("object") :]):
            standard = noun.group("noun").startswith(("Standard", "ST"))
            kind = "adopted" if standard else "approved"
            return [Conclusion(kind, "proposal", 0, len(sentence))]
    conclusions = _active_conclusions(sentence, masked)
    if conclusions:
        return conclusions
    return _passive_conclusions(sentence, masked)


def _clause_start(masked, position):
    """Where the clause holding ``position`` starts: after the last comma before it."""
    comma = masked.rfind(",", 0, position)
    return comma + 1 if comma >= 0 else 0


def _active_conclusions(sentence, masked):
    """Conclusions with the Committee as subject; a later clause with the Committee as subject
    again ("...; the CWS also agreed ...") starts its own conclusions."""
    parts = []  # [start of wording, kind, end of the wording before it]
    for match in COMMITTEE_CONCLUDES.finditer(masked):
        if not _valid_subject_position(masked, match.start()):
            continue
        if parts and match.start() < parts[-1][0]:
            continue
        if match.group("negated"):
            kind = NEGATED_KINDS[match.group("base")]
        else:
            kind = VERB_KINDS[re.sub(r"\s+", " ", match.group("verb"))]
        clause_start = 0 if not parts else match.start()
        parts.append([clause_start, kind, len(masked[:clause_start].rstrip(" ;,"))])
        cursor = match.end()
        for coordinated in COORDINATED.finditer(masked, cursor):
            between = masked[cursor : coordinated.start()]
            if PERFECT_AUXILIARY.search(between) or re.search(r"[;:]\s", between):
                break
            verb_kind = VERB_KINDS[re.sub(r"\s+", " ", coordinated.group("verb"))]
            if not between.strip():
                parts[-1][1] = verb_kind  # "considered and adopted": one conclusion
            else:
                parts.append([coordinated.start("verb"), verb_kind, coordinated.start()])
            cursor = coordinated.end()
    return [
        Conclusion(
            kind, "decision", start, parts[i + 1][2] if i + 1 < len(parts) else len(sentence)
        )
        for i, (start, kind, _) in enumerate(parts)
    ]


def _passive_conclusions(sentence, masked):
    by_committee = AS_BY_COMMITTEE.match(masked)
    if by_committee:
        kind = VERB_KINDS[by_committee.group("verb")]
        return [Conclusion(kind, "decision", 0, len(sentence))]
    for match in PASSIVE.finditer(masked):
        clause = masked[_clause_start(masked, match.start()) : match.start()]
        if RELATIVE.search(clause) or OTHER_AGENT.match(masked[match.end() :]):
            continue
        if re.fullmatch(r"\s*It\s*", clause):  # "It was agreed that ...": no subject
            continue
        verb = match.group("verb")
        negative = bool(match.group("negated")) or bool(NEGATIVE_SUBJECT.match(masked))
        if negative:
            kind = {"adopted": "not_adopted", "approved": "not_approved"}.get(verb)
            if kind is None:
                continue
        else:
            kind = VERB_KINDS[verb]
        return [Conclusion(kind, "decision", 0, len(sentence))]
    return []


def unclear_conclusion(sentence):
    """Why a sentence that found no conclusion still looks like one, or None:
    "It was agreed that ..." (no subject), "The CWS established ..." (a verb with no kind)."""
    masked = mask_quotes(sentence)
    if NO_SUBJECT.match(masked):
        return "it names no subject"
    for match in COMMITTEE_OTHER_VERB.finditer(masked):
        if _valid_subject_position(masked, match.start()):
            return f"the verb “{match.group('verb')}” has no decision kind"
    return None


def dated_session(sentence):
    """The session a sentence dates itself to: "At its twelfth session, ..." -> 12; "At the
    same session" -> "same"; None when it is not dated."""
    match = DATED_SESSION.match(sentence)
    if not match:
        return None
    if match.group("same"):
        return "same"
    return ordinal_number(match.group("ordinal"))


# 7. Links to Tasks, Standards, Task Forces and documents -----------------------------------

# Tasks by number: "Task No. 67", "Task No.24", "Tasks Nos. 62 and 63", "Task No. 62, No. 63
# and No. 65", "Task No. 56 and No. 64".
TASK_REF = re.compile(
    r"\bTasks?\s+(?:No|Nos|Number|Numbers)\.?\s*\d{1,3}"
    r"(?:\s*(?:,|and|&|,\s*and)\s*(?:(?:No|Nos)\.?\s*)?\d{1,3}\b)*"
)


def task_numbers(text):
    """Task numbers a text names: "Tasks Nos. 62 and 63" -> [62, 63]."""
    numbers = []
    for match in TASK_REF.finditer(text):
        numbers += [int(n) for n in re.findall(r"\d{1,3}", match.group(0))]
    return list(dict.fromkeys(numbers))


# Standards: "ST.26", "WIPO ST.96", and "ST80" printed without the full stop (linked to ST.80,
# with a note). Not a version ("ST.96 version 8.0" gives ST.96 only).
STANDARD_REF = re.compile(r"\bST\.?\s?(\d{1,3})(?!\d)(?!\.\d)")


def standard_codes(text):
    """[(code, as printed)] for each Standard named: "ST80 and ST.87" -> [("ST.80", "ST80"),
    ("ST.87", "ST.87")]."""
    found = {}
    for match in STANDARD_REF.finditer(text):
        found.setdefault(f"ST.{int(match.group(1))}", match.group(0))
    return list(found.items())


# A Task Force by name: capitalised words or codes ("3D", "Part 7", "XML4IP"), possibly with
# "to", "of", "for", "on" and an acronym in parentheses between them, before "Task Force":
# "the IP Data Exchange Task Force", "Public Access to Patent Information (PAPI) Task Force".
# Not "The Task Force", "the new Task Force" or "the CWS Task Forces".
# A name stays on one line of the text (bullets and table rows are lines of their own).
NAME_WORD = r"(?:[A-Z][\w&/-]*|\d\w*)"
TASK_FORCE_NAME = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=“))"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|\([A-Z][A-Z0-9]+\)|to|of|for|on)){{0,7}})"
    r"[ \t]+Task[ \t]+Force(?!s)\b"
)
# Words that open a sentence or count, and are no part of a name: "The", "Twenty Task Force
# members", "Several Task Force leaders".
NOT_A_NAME = {
    "the", "a", "an", "this", "that", "these", "those", "each", "every", "new", "cws", "its",
    "their", "all", "both", "several", "many", "some", "other", "most", "few", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty",
}  # fmt: skip
# Who a Task Force is printed with: "Leader of XML4IP Task Force" names XML4IP Task Force.
ROLE_PREFIX = re.compile(r"^(?:Co-?)?(?:Leaders?|Chairs?|Members?|Experts?)\s+of\s+", re.I)


# An acronym printed in parentheses after the words it stands for: "Public Access to Patent
# Information (PAPI)".
ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]+)\)")


def acronym_forms(name):
    """The shorter forms of a name that prints an acronym: "Information Communication
    Technologies (ICT) Strategy for Standards" -> ["ICT Strategy for Standards", "ICT"]."""
    acronym = ACRONYM.search(name)
    if not acronym:
        return []
    return [re.sub(r"^[^()]*\(([A-Z][A-Z0-9]+)\)", r"\1", name).strip(), acronym.group(1)]


def task_force_names(text):
    """Task Force names as printed: "the IP Data Exchange Task Force Leader" ->
    ["IP Data Exchange Task Force"]."""
    names = []
    for match in TASK_FORCE_NAME.finditer(text):
        words = match.group("name").split()
        while words and words[0].lower() in NOT_A_NAME:
            words = words[1:]
        name = ROLE_PREFIX.sub("", " ".join(words))
        if name and name[0].isupper() or name[:1].isdigit():
            names.append(name + " Task Force")
    return list(dict.fromkeys(names))


# A list of Task Forces by their short names: "progress reports from 12 Task Forces: 3D,
# Application Programing Interface (API), Blockchain, ... and XML4IP."
TASK_FORCE_LIST = re.compile(r"\bTask\s+Forces\s*:\s*(?P<items>[^.;]+)")


def task_force_list(text):
    """The short names of a listed set of Task Forces: "Task Forces: 3D, Legal Status, and
    XML4IP." -> ["3D", "Legal Status", "XML4IP"]."""
    match = TASK_FORCE_LIST.search(text)
    if not match:
        return []
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("items"))
    return [fold(item) for item in items if fold(item)]


# "the Task Force", "the new Task Force", "this Task Force": a Task Force named before.
TASK_FORCE_ANAPHORA = re.compile(r"\b(?:the|this|that)\s+(?:new\s+|said\s+)?Task\s+Force\b(?!s)")
# "WIPO Standards" in general, with no code: the Standards the paragraph names ("The CWS
# Members shared their plans for ... Standards ST.26, ST.27 ... The CWS noted efforts of
# offices to implement WIPO Standards").
GENERIC_STANDARDS = re.compile(r"\bWIPO\s+Standards\b")
# "the adopted Standard", "the new Standard", "the draft Standard" (singular): a Standard
# named before.
STANDARD_ANAPHORA = re.compile(
    r"\b(?:the|this)\s+(?:adopted\s+|new\s+|draft\s+|revised\s+|proposed\s+)?Standard\b(?!s)"
    r"(?!\s+ST)"
)

# A Standard an agenda item calls proposed or draft: "the proposed new WIPO Standard ST.93",
# "the proposed WIPO Standard ST.93", "a new draft Standard, WIPO Standard ST.92" (not "the
# revised WIPO Standard ST.3", which exists already).
PROPOSED_STANDARD = re.compile(
    r"\b(?:proposed|draft)\s+(?:new\s+)?(?:WIPO\s+)?Standard,?\s+(?:WIPO\s+Standard\s+)?"
    r"(?P<code>ST\.?\s?\d{1,3})(?!\d)(?!\.\d)"
)


def proposed_standards(text):
    """The codes of the Standards a text calls proposed or draft: "Assuming the proposed new
    WIPO Standard ST.93 is adopted" -> ["ST.93"]."""
    codes = [standard_codes(m.group("code"))[0][0] for m in PROPOSED_STANDARD.finditer(text)]
    return list(dict.fromkeys(codes))


# A decision on "the proposal" (singular): under an item that proposes one Standard, that
# Standard ("The CWS supported the proposal and updated the draft").
PROPOSAL = re.compile(r"\bproposal\b(?!s)")

# Documents by symbol, with the suffixes printed after it: "CWS/12/15", "document CWS/12/1
# PROV.3", "CWS/12/23 REV. 2", "CWS/12/2 Corr.", "CWS/12/4A-IB", and circulars "C.CWS 185".
DOCUMENT_REF = re.compile(
    r"\b(?:[A-Z]{2,5}(?:/[A-Z0-9-]{1,8}){2,3}|C\.CWS[ .]\d{2,4})"
    r"(?:\s+(?:PROV|REV|Rev|CORR|Corr|ADD|Add)\b\.?(?:\s?\d+\b)?)*"
)


def document_symbols(text):
    """Document symbols as printed: "CWS/12/18 CORR., CWS/12/19" -> ["CWS/12/18 CORR.",
    "CWS/12/19"]."""
    return list(dict.fromkeys(fold(m.group(0)) for m in DOCUMENT_REF.finditer(text)))


# "the content of the document", "the present document": the document discussed (or, in a
# working document, the document itself); not "the document CWS/12/24", which names it.
DOCUMENT_ANAPHORA = re.compile(r"\b(?:the|this|present)\s+document\b(?!s)(?!\s+[A-Z]{1,5}[/.])")
# "Discussions were based on document CWS/12/2": the documents of an agenda item; "...,
# which was presented by the ICT Strategy Task Force": the Task Force behind them.
DISCUSSION_BASIS = re.compile(r"\bDiscussions?\s+(?:were|was)\s+based\s+on\b")
PRESENTED_BY = re.compile(r"\b(?:prepared|presented|submitted)\s+by\b")

# An agenda item that reports on Tasks: "Report on Task No. 41 by the XML4IP Task Force".
REPORT_ON_TASKS = re.compile(r"\bReport\s+on\s+Tasks?\s+No", re.I)
# An agenda item whose whole title is one or more Standards: "WIPO Standard ST.26",
# "WIPO Standards ST.27, ST.61 and ST.87" (not "Proposal for the revision of ST.91").
STANDARD_ITEM = re.compile(
    r"^\s*(?:WIPO\s+)?Standards?\s+ST\.?\s?\d+(?:\s*(?:,|and|,\s*and)\s*ST\.?\s?\d+)*\s*$"
)


def item_subject(title):
    """What an agenda item is about, when its title says it: ([Task], [Standard codes]).
    "Report on Task No. 66 by the International Bureau" -> ([66], []); "WIPO Standard ST.90"
    -> ([], ["ST.90"]); a report on several Tasks, or any other title -> ([], [])."""
    if REPORT_ON_TASKS.search(title):
        tasks = task_numbers(title)
        return (tasks if len(tasks) == 1 else []), []
    if STANDARD_ITEM.match(title):
        return [], [code for code, _ in standard_codes(title)]
    return [], []


# The decision that takes note of such a report: "noted the content of the document",
# "noted the progress made", "noted the work plan and challenges".
NOTES_REPORT = re.compile(
    r"\b(?:content\s+of\s+the\s+(?:document|report)|the\s+progress|the\s+work\s+plan|"
    r"the\s+report)\b"
)


# 8. The history events a decision implies --------------------------------------------------

# Task events, by what the conclusion says of the Task:
TASK_CREATED = re.compile(r"\b(?:creation\s+of|created|add(?:ed|ing)?\s+a\s+new)\b.*?\bTask\b")
TASK_DESCRIPTION = re.compile(
    r"\b(?:revised\s+)?description\s+(?:of|for)\s+(?:the\s+)?Task\b(?!\s+Force)"
    r"|\brevis(?:e|ed|ion|ing)\s+(?:of\s+)?(?:the\s+)?Task\b(?!\s+Force)"
    r"|\bwith\s+the\s+following\s+description\b"
)
TASK_ASSIGNED = re.compile(r"\bassign(?:ed|ing)?\s+Task\b")
TASK_DISCONTINUED = re.compile(r"\bdiscontinu(?:e|ed|ation|ing)\b")
TASK_ABEYANCE = re.compile(r"\b(?:held|placed|put|kept)\s+in\s+abeyance\b")
TASK_COMPLETED = re.compile(r"\b(?:completion|completed|closure|closed)\s+of\s+Task\b")

# Standard events: what a decision proposes for a Standard is the nearest of "new ...
# Standard" and "revision" before its code ("proposals for two new WIPO Standards, and
# proposals for the revisions of four existing Standards: ST.26" -> a revision).
STANDARD_NEW = re.compile(r"\bnew\s+(?:draft\s+)?(?:WIPO\s+)?Standards?\b|\bto\s+adopt\b", re.I)
STANDARD_REVISION = re.compile(r"\brevis(?:e|ed|ion|ions)\b", re.I)


def proposed_for_standard(text_before_code):
    """ "proposed" or "revision_proposed" by the nearest wording before a Standard's code, or
    None: "proposals for the revision of ST.3" -> "revision_proposed"."""
    new = [m.end() for m in STANDARD_NEW.finditer(text_before_code)]
    revision = [m.end() for m in STANDARD_REVISION.finditer(text_before_code)]
    if not new and not revision:
        return None
    return "proposed" if max(new, default=-1) > max(revision, default=-1) else "revision_proposed"


STANDARD_IMPLEMENTATION = re.compile(r"\bimplement(?:ation|ing|ed)?\b")
STANDARD_PUBLISHED = re.compile(r"\bpublished\b")
STANDARD_IN_FORCE = re.compile(r"\b(?:enter|entered|come|came)\s+into\s+force\b")
VERSION = re.compile(r"\bversion\s+(\d+(?:\.\d+)+)\b")
# Dates an event may give: "from July 1, 2024" (a day), "in April 2023" (a month).
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
DAY_DATE = re.compile(rf"\b({MONTH_NAMES})\s+(\d{{1,2}}),\s*(\d{{4}})\b")
MONTH_DATE = re.compile(rf"\b(?:in|since|from)\s+({MONTH_NAMES})\s+(\d{{4}})\b")


def event_date(text):
    """(ISO date, precision) an event's wording gives: "enter into force from July 1, 2024"
    -> ("2024-07-01", "day"); "published in April 2023" -> ("2023-04-01", "month")."""
    day = DAY_DATE.search(text)
    if day:
        printed = parse_date(f"{day.group(1)} {day.group(2)}, {day.group(3)}")
        return (printed.isoformat(), "day") if printed else (None, "")
    month = MONTH_DATE.search(text)
    if month:
        return date(int(month.group(2)), MONTHS[month.group(1).lower()], 1).isoformat(), "month"
    return None, ""


def quoted_description(text):
    """The first quoted line of a decision's wording, without its quotes: the description of a
    Task as approved or proposed ("... which reads:" + "“Ensure the necessary revisions.”" ->
    "Ensure the necessary revisions.")."""
    for line in text.split("\n")[1:]:
        if line.startswith(QUOTE_START):
            return re.sub(r"^[“\"]|[”\"]\.?$", "", line.strip()).strip()
    match = re.search(r"“([^”]{20,})”", text)
    return match.group(1).strip() if match else ""


# Task Force events:
TASK_FORCE_CREATED = re.compile(r"\b(?:establishment|creation|established|created)\b")
TASK_FORCE_RESTARTED = re.compile(r"\brestart(?:ed|ing)?\b")
LEADERS_DESIGNATED = re.compile(r"\bdesignated\b.*\b(?:Co-)?Leaders?\b", re.I)
TASK_FORCE_PROGRESS = re.compile(r"\bprogress\s+reports?\b")
