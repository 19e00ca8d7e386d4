"""The records a drafted decision names: Tasks, Standards, Task Forces and documents.

A decision links what its wording names (``rules`` section 7), resolved against the records
that already exist (``KnownRecords``, filled by the caller); a name the records do not know is
kept and listed as a proposed new record, never dropped. Some names are left to the context,
as the report leaves them:

- "the Task Force" / "the new Task Force" is the Task Force named last before it, in the same
  agenda item (its heading included); "the adopted Standard" likewise;
- "WIPO Standards" in general (no code) are the Standards the paragraph names;
- a decision that names no Task or Standard concerns the subject of its agenda item, when the
  item's title gives one: the Task of "Report on Task No. 66 by ...", the Standards of "WIPO
  Standards ST.27, ST.61 and ST.87"; unless it names the Task Force that reports under the
  item (what the curators link then is that Task Force, not the Task it works on);
- under an item whose title gives no subject, a decision that names no record concerns the
  one Task that the item's earlier decisions link, when they and the item's title name only
  that one ("The CWS noted the reports collected under Task No. 24 ... The CWS approved the
  continuation of the collection"); Standards are not carried over so (a later decision,
  "publish the revised version", is curated without a link to the Standard);
- under an item that calls one Standard proposed or draft ("the proposed new WIPO Standard
  ST.93", anywhere in the item), a decision on "the proposal" that names no Task or Standard
  links that Standard;
- "the document" is the document the item's discussion was based on ("Discussions were based
  on document CWS/12/10"); an invitation ("The CWS is invited to ...") acts on the document
  being imported;
- a decision that adopts or approves what a document proposes links the Task Force that
  presented or prepared it ("Discussions were based on document CWS/12/22, which was presented
  by the ICT Strategy Task Force");
- under an item that reports on Tasks ("Report on Task No. 41 by the XML4IP Task Force"), the
  decision that takes note of the report links the item's Tasks and Task Force, and the
  Standards its paragraph names (what the report covered): the first noted decision about "the
  content of the document", "the progress" or "the work plan", or else the first noted
  decision that names or refers to the item's Task Force.

Task Forces named only in text read for context are not proposed as new records; those a
decision links are.
"""

from dataclasses import dataclass, field

from records.ingest.report.rules import (
    ACRONYM,
    DISCUSSION_BASIS,
    DOCUMENT_ANAPHORA,
    GENERIC_STANDARDS,
    INVITED,
    NOTES_REPORT,
    PRESENTED_BY,
    PROPOSAL,
    REPORT_ON_TASKS,
    STANDARD_ANAPHORA,
    TASK_FORCE_ANAPHORA,
    TASK_FORCE_RESTARTED,
    acronym_forms,
    document_symbols,
    item_subject,
    proposed_standards,
    same_symbol,
    sentence_spans,
    standard_codes,
    task_force_list,
    task_force_names,
    task_numbers,
)

SUFFIX = " Task Force"


@dataclass
class KnownRecords:
    """The records that already exist, by key: Task numbers, Standard codes ("ST.26"), Task
    Force names, document symbols and session numbers. An empty value means an empty
    database: everything the report names is then proposed as new."""

    tasks: set = field(default_factory=set)
    standards: set = field(default_factory=set)
    task_forces: set = field(default_factory=set)
    documents: set = field(default_factory=set)
    sessions: set = field(default_factory=set)

    def task_force(self, name):
        """The known Task Force of that name, whatever its case."""
        wanted = name.lower()
        return next((known for known in self.task_forces if known.lower() == wanted), None)

    def document(self, symbol):
        return next((known for known in self.documents if same_symbol(known, symbol)), None)


@dataclass
class ItemContext:
    """What an agenda item has named so far, for the names a decision leaves to context."""

    code: str | None = None
    report_tasks: list = field(default_factory=list)
    report_task_force: str | None = None
    last_task_force: str | None = None
    last_standard: str | None = None
    documents: list = field(default_factory=list)
    restarted: set = field(default_factory=set)
    subject_tasks: list = field(default_factory=list)
    subject_standards: list = field(default_factory=list)
    presenters: dict = field(default_factory=dict)
    report_standards: dict = field(default_factory=dict)  # (part, paragraph) -> codes
    decided_tasks: list = field(default_factory=list)  # Tasks its title and decisions name
    proposed_standards: list = field(default_factory=list)  # "the proposed Standard ST.93"


class Linker:
    """Links drafted decisions, agenda item by agenda item, and collects new records."""

    def __init__(self, known, symbol):
        self.known = known
        self.symbol = symbol
        self.context = ItemContext()
        self.new = {"tasks": [], "standards": [], "task_forces": [], "documents": []}
        self.report_items = {}
        self.items = {}  # agenda item code -> its context

    # Names -------------------------------------------------------------------------------

    def _new(self, kind, key):
        if key not in self.new[kind]:
            self.new[kind].append(key)

    def task_force(self, printed, propose=True):
        """A printed Task Force name resolved to a known one: as printed, by the acronym it
        prints in parentheses ("... (PAPI) Task Force" -> "PAPI Task Force"), or by its last
        words after "of"/"to"/"for"/"on"; else proposed as new: by the acronym when one ends
        the name ("(PAPI) Task Force" -> "PAPI Task Force"), else as printed."""
        candidates = [printed]
        acronym = ACRONYM.search(printed)
        if acronym:
            candidates.append(acronym.group(1) + SUFFIX)
        words = printed.split()
        candidates += [
            " ".join(words[i + 1 :]) for i, w in enumerate(words) if w in ("of", "to", "for", "on")
        ]
        for candidate in candidates:
            known = self.known.task_force(candidate)
            if known:
                return known
        name = (
            candidates[1]
            if acronym and printed.endswith(f"({acronym.group(1)}) Task Force")
            else printed
        )
        if propose:
            self._new("task_forces", name)
        return name

    def listed_task_force(self, item, propose=True):
        """A Task Force given by its short name in a list ("3D", "Application Programing
        Interface (API)", "Information Communication Technologies (ICT) Strategy for
        Standards"): by its name, its acronym, or a known name that the short name starts
        with; else proposed as "<short name> Task Force"."""
        candidates = [item, *acronym_forms(item)]
        for candidate in candidates:
            known = self.known.task_force(candidate + SUFFIX)
            if known:
                return known
        for candidate in candidates:
            for name in sorted(self.known.task_forces, key=len, reverse=True):
                base = name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name
                if candidate.lower().startswith(base.lower() + " "):
                    return name
        name = candidates[1] if len(candidates) > 1 else item
        return self.task_force(name + SUFFIX, propose)

    def task_forces_in(self, text, propose=True):
        """The Task Forces a text names; unknown ones are proposed as new records only when a
        decision links them (``propose``), not when they are only read for context."""
        names = [self.task_force(name, propose) for name in task_force_names(text)]
        names += [self.listed_task_force(item, propose) for item in task_force_list(text)]
        return list(dict.fromkeys(names))

    # Context -----------------------------------------------------------------------------

    def enter_item(self, code, title):
        """A new agenda item: its heading is the first thing it names."""
        self.context = ItemContext(code=code)
        self.items[code] = self.context
        if title:
            self.context.subject_tasks, self.context.subject_standards = item_subject(title)
            self.context.decided_tasks = task_numbers(title)
        if title and REPORT_ON_TASKS.search(title):
            self.context.report_tasks = task_numbers(title)
            names = self.task_forces_in(title, propose=False)
            self.context.report_task_force = names[0] if names else None
            self.report_items[code] = self.context
        if title:
            self.remember(title)

    def remember_paragraph(self, paragraph):
        """Note what a paragraph names (and, in a report item, the Standards it covers)."""
        codes = [code for code, _ in standard_codes(paragraph.text)]
        if codes:
            self.context.report_standards[(paragraph.part, paragraph.number)] = codes
        self.remember(paragraph.text)

    def remember(self, text):
        """Note what a sentence names, for the references that follow."""
        for start, end in sentence_spans(text) or [(0, len(text))]:
            sentence = text[start:end]
            names = self.task_forces_in(sentence, propose=False)
            if names:
                self.context.last_task_force = names[-1]
                if TASK_FORCE_RESTARTED.search(sentence):
                    self.context.restarted.update(names)
            codes = standard_codes(sentence)
            if codes:
                self.context.last_standard = codes[-1][0]
            for code in proposed_standards(sentence):
                if code not in self.context.proposed_standards:
                    self.context.proposed_standards.append(code)
            if DISCUSSION_BASIS.search(sentence):
                self.context.documents = [self.document(s) for s in document_symbols(sentence)]
                if names and PRESENTED_BY.search(sentence):
                    for symbol in self.context.documents:
                        self.context.presenters[symbol] = names[0]

    def document(self, printed):
        known = self.known.document(printed)
        if known:
            return known
        if same_symbol(printed, self.symbol):
            return self.symbol
        for proposed in self.new["documents"]:
            if same_symbol(proposed, printed):  # "CWS/12/19 REV" is "CWS/12/19 REV."
                return proposed
        self._new("documents", printed)
        return printed

    # Linking -----------------------------------------------------------------------------

    def link(self, decision, before="", paragraph_text=""):
        """Fill a decision's links from its wording and the context. ``before`` is the text of
        its paragraph before it; ``paragraph_text`` the whole paragraph."""
        text = decision.text
        decision.tasks = task_numbers(text)
        for number in decision.tasks:
            if number not in self.known.tasks:
                self._new("tasks", number)
        decision.standards = []
        for code, printed in standard_codes(text):
            decision.standards.append(code)
            if printed.replace(" ", "") != code:
                decision.notes.append(f"“{printed}” as printed: linked to {code}.")
            if code not in self.known.standards:
                self._new("standards", code)
        decision.task_forces = self.task_forces_in(text)
        earlier = self.task_forces_in(before, propose=False) if before else []
        if TASK_FORCE_ANAPHORA.search(text) and not decision.task_forces:
            referred = earlier[-1] if earlier else self.context.last_task_force
            if referred:
                decision.task_forces.append(referred)
                decision.notes.append(f"“the Task Force”: taken to be the {referred}.")
        if GENERIC_STANDARDS.search(text) and not decision.standards:
            codes = [code for code, _ in standard_codes(paragraph_text)]
            decision.standards += codes
            if codes:
                decision.notes.append(f"“WIPO Standards”: taken to be {', '.join(codes)}.")
        if STANDARD_ANAPHORA.search(text) and not decision.standards and self.context.last_standard:
            decision.standards.append(self.context.last_standard)
            decision.notes.append(f"“the Standard”: taken to be {self.context.last_standard}.")
        own_task_force = self.context.report_task_force in decision.task_forces
        if not (decision.tasks or decision.standards or own_task_force):
            subject = self.context.subject_tasks + self.context.subject_standards
            decision.tasks += self.context.subject_tasks
            decision.standards += self.context.subject_standards
            if subject:
                named = ", ".join(map(str, subject))
                decision.notes.append(f"Names no record: linked to its item's subject, {named}.")
            for number in self.context.subject_tasks:
                if number not in self.known.tasks:
                    self._new("tasks", number)
        decided = list(dict.fromkeys(self.context.decided_tasks))
        if not (decision.tasks or decision.standards or decision.task_forces) and len(decided) == 1:
            decision.tasks = decided
            decision.notes.append(
                f"Names no record: linked to Task No. {decided[0]}, which the item's earlier "
                "decisions concern."
            )
        self.context.decided_tasks += decision.tasks
        decision.documents = [self.document(s) for s in document_symbols(text)]
        if decision.nature == "proposal" and INVITED.search(decision.sentence):
            decision.documents.append(self.symbol)
        elif DOCUMENT_ANAPHORA.search(text) and self.context.documents:
            decision.documents += self.context.documents
        decision.documents = list(dict.fromkeys(d for d in decision.documents if d))
        if decision.nature == "decision" and decision.kind in ("adopted", "approved"):
            for symbol in decision.documents:
                presenter = self.context.presenters.get(symbol)
                if presenter and presenter not in decision.task_forces:
                    decision.task_forces.append(presenter)
                    decision.notes.append(f"{symbol} was presented by the {presenter}.")

    def new_records_of(self, decision):
        """The names a decision links that the records do not know yet (also added to the
        draft's list of proposed new records)."""
        for name in decision.task_forces:
            if not self.known.task_force(name):
                self._new("task_forces", name)
        return {
            "tasks": [t for t in decision.tasks if t not in self.known.tasks],
            "standards": [s for s in decision.standards if s not in self.known.standards],
            "task_forces": [f for f in decision.task_forces if not self.known.task_force(f)],
            "documents": [
                d
                for d in decision.documents
                if not self.known.document(d) and not same_symbol(d, self.symbol)
            ],
        }

    def link_proposals(self, decisions):
        """Under an item that calls one Standard proposed or draft, a decision on "the
        proposal" that names no Task or Standard links that Standard (see the module
        docstring); the item's later paragraphs count, as the code is often printed only
        when the Committee decides on it."""
        for decision in decisions:
            context = self.items.get(decision.agenda_item)
            if not context or len(context.proposed_standards) != 1:
                continue
            text = decision.text
            if not PROPOSAL.search(text) or task_numbers(text) or standard_codes(text):
                continue
            code = context.proposed_standards[0]
            if code not in decision.standards:
                decision.standards.append(code)
                decision.notes.append(f"“the proposal”: taken to be the proposed {code}.")
                if code not in self.known.standards:
                    self._new("standards", code)

    def acknowledge_reports(self, decisions):
        """Under each item that reports on Tasks, the decision that notes the report links the
        item's Tasks and Task Force (see the module docstring)."""
        for code, context in self.report_items.items():
            noted = [d for d in decisions if d.agenda_item == code and d.kind == "noted"]
            chosen = next((d for d in noted if NOTES_REPORT.search(d.text)), None)
            if chosen is None and context.report_task_force:
                chosen = next(
                    (d for d in noted if context.report_task_force in d.task_forces), None
                )
            if chosen is None:
                continue
            for code in context.report_standards.get((chosen.part, chosen.paragraph), []):
                if code not in chosen.standards:
                    chosen.standards.append(code)
            chosen.report_tasks = tuple(context.report_tasks)
            chosen.report_task_force = context.report_task_force
            for number in context.report_tasks:
                if number not in chosen.tasks:
                    chosen.tasks.append(number)
                if number not in self.known.tasks:
                    self._new("tasks", number)
            force = context.report_task_force
            if force and force not in chosen.task_forces:
                chosen.task_forces.append(force)
