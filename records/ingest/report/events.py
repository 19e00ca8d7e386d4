"""The history events a drafted decision implies, for its Tasks, Standards and Task Forces.

Every event is a proposal for the reviewer (``"proposed": true``), linked to its decision by
part, paragraph and ordinal. One shape for all three subjects:

    {"subject": "task" | "standard" | "task_force",
     "key": 67 | "ST.26" | "IP Data Exchange Task Force",
     "kind": <the project's event kind for that subject>,
     "part": "body", "paragraph": 146, "decision_ordinal": 1,
     "description": <a Task description quoted in the decision, else "">,
     "task_force": <for a Task assigned: the Task Force, else null>,
     "status": <for a Task's status_changed: "discontinued" | "in_abeyance" | "completed">,
     "version": <"1.7" when printed, else "">, "date": <ISO date or null>,
     "date_precision": "day" | "month" | "",
     "known": <whether the record exists already>, "proposed": true}

Kinds (see ``rules`` section 8 for the wording each rule looks for):
- Task: created, creation_proposed, description_revised, revision_proposed,
  revision_not_approved, assigned, progress_reported, status_changed, referenced;
- Standard: proposed, adopted, not_adopted, revision_proposed, revised, published, in_force,
  implementation, referenced;
- Task Force: established, restarted, leaders_designated, task_assigned, progress_reported,
  referenced.
A record a decision links with no more specific event gets "referenced".
"""

from records.ingest.report.rules import (
    LEADERS_DESIGNATED,
    STANDARD_IMPLEMENTATION,
    STANDARD_IN_FORCE,
    STANDARD_PUBLISHED,
    STANDARD_REF,
    STANDARD_REVISION,
    TASK_ABEYANCE,
    TASK_ASSIGNED,
    TASK_COMPLETED,
    TASK_CREATED,
    TASK_DESCRIPTION,
    TASK_DISCONTINUED,
    TASK_FORCE_CREATED,
    TASK_FORCE_PROGRESS,
    VERSION,
    event_date,
    proposed_for_standard,
    quoted_description,
    task_numbers,
)

TAKEN = ("approved", "agreed", "adopted", "supported")


def _segment(text, pattern):
    """The wording that concerns a record named where ``pattern`` says: its line, with the
    lead-in line when it is a list item ("Revisions to ... were approved:" + "· WIPO
    ST.61 ..."); the whole wording if no line names it."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if pattern(line):
            if index and line.startswith(("· ", "(")):
                return lines[0] + "\n" + line
            return line
    return text


def _only_quoted(text, pattern):
    """Whether the record is named only in quoted lines (a Task description, say)."""
    named = [line for line in text.split("\n") if pattern(line)]
    return bool(named) and all(line.startswith(("“", '"')) for line in named)


def task_events(decision):
    """(kind, extra fields) for each Task the decision links."""
    text = decision.text
    report = decision.report_tasks
    for number in decision.tasks:
        segment = _segment(text, lambda line, n=number: n in task_numbers(line))
        kinds = []
        if decision.nature == "proposal":
            if TASK_CREATED.search(segment):
                kinds.append(("creation_proposed", {"description": quoted_description(text)}))
            elif TASK_DESCRIPTION.search(segment):
                kinds.append(("revision_proposed", {"description": quoted_description(text)}))
        else:
            if TASK_ASSIGNED.search(segment):
                force = decision.task_forces[0] if decision.task_forces else None
                kinds.append(("assigned", {"task_force": force}))
            if TASK_CREATED.search(segment) and decision.kind in TAKEN:
                kinds.append(("created", {"description": quoted_description(text)}))
            elif TASK_DESCRIPTION.search(segment):
                if decision.kind == "not_approved":
                    kinds.append(
                        ("revision_not_approved", {"description": quoted_description(text)})
                    )
                elif decision.kind in TAKEN:
                    kinds.append(("description_revised", {"description": quoted_description(text)}))
                elif decision.kind in ("considered", "noted", "reviewed"):
                    kinds.append(("revision_proposed", {}))
            if decision.kind in TAKEN:
                for pattern, status in (
                    (TASK_DISCONTINUED, "discontinued"),
                    (TASK_ABEYANCE, "in_abeyance"),
                    (TASK_COMPLETED, "completed"),
                ):
                    if pattern.search(segment):
                        kinds.append(("status_changed", {"status": status}))
            if number in report:
                kinds.append(("progress_reported", {}))
        yield number, kinds or [("referenced", {})]


def standard_events(decision):
    """(kind, extra fields) for each Standard the decision links. A Standard named only in
    quoted text (a Task description) is referenced."""
    text = decision.text
    for code in decision.standards:
        number = code.split(".")[1]

        def names(line, n=number):
            return any(str(int(m.group(1))) == n for m in STANDARD_REF.finditer(line))

        if _only_quoted(text, names):
            yield code, [("referenced", {})]
            continue
        segment = _segment(text, names)
        first = next((m.start() for m in STANDARD_REF.finditer(segment) if names(m.group(0))), None)
        proposed = proposed_for_standard(segment[:first]) if first is not None else None
        version = VERSION.search(segment)
        version = version.group(1) if version else ""
        kinds = []
        if decision.nature == "proposal":
            if decision.kind == "adopted" or proposed:
                kinds.append(("proposed" if decision.kind == "adopted" else proposed, {}))
        elif decision.kind == "adopted":
            kinds.append(("adopted", {"version": version}))
        elif decision.kind == "not_adopted":
            kinds.append(("not_adopted", {}))
        elif decision.kind == "approved" and STANDARD_REVISION.search(segment):
            kinds.append(("revised", {"version": version}))
        elif decision.kind in ("considered", "noted", "reviewed") and proposed:
            kinds.append((proposed, {}))
        dated = {"version": version}
        if STANDARD_IN_FORCE.search(segment) or STANDARD_PUBLISHED.search(segment):
            dated["date"], dated["date_precision"] = event_date(segment)
        if STANDARD_IN_FORCE.search(segment):
            kinds.append(("in_force", dated))
        if STANDARD_PUBLISHED.search(segment) and decision.kind == "noted" and version:
            kinds.append(("published", dated))
        if STANDARD_IMPLEMENTATION.search(segment) and not kinds:
            kinds.append(("implementation", {}))
        yield code, kinds or [("referenced", {"version": version})]


def task_force_events(decision, restarted):
    """(kind, extra fields) for each Task Force the decision links."""
    text = decision.text
    report_force = decision.report_task_force
    for name in decision.task_forces:
        kinds = []
        if decision.nature == "decision":
            if name == report_force or TASK_FORCE_PROGRESS.search(text):
                kinds.append(("progress_reported", {}))
            if TASK_FORCE_CREATED.search(text) and decision.kind in TAKEN and name in text:
                kinds.append(("restarted" if name in restarted else "established", {}))
            if LEADERS_DESIGNATED.search(text):
                kinds.append(("leaders_designated", {}))
            if TASK_ASSIGNED.search(text):
                kinds.append(("task_assigned", {}))
        yield name, kinds or [("referenced", {})]


def decision_events(decision, known, restarted=frozenset()):
    """The events of one decision, in the shape of the module docstring."""
    base = {
        "part": decision.part,
        "paragraph": decision.paragraph,
        "decision_ordinal": decision.ordinal,
        "description": "",
        "task_force": None,
        "status": "",
        "version": "",
        "date": None,
        "date_precision": "",
        "proposed": True,
    }
    events = []
    subjects = (
        ("task", task_events(decision), lambda key: key in known.tasks),
        ("standard", standard_events(decision), lambda key: key in known.standards),
        (
            "task_force",
            task_force_events(decision, restarted),
            lambda key: known.task_force(key) is not None,
        ),
    )
    for subject, found, is_known in subjects:
        for key, kinds in found:
            for kind, extra in kinds:
                events.append(
                    {
                        "subject": subject,
                        "key": key,
                        "kind": kind,
                        **base,
                        **extra,
                        "known": is_known(key),
                    }
                )
    return events
