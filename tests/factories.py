"""Small builders for records that tests need beyond the curated ones."""

import functools
import itertools

from django.contrib.auth.models import Group, User

from records.roles import EDITORS, VIEWERS
from sessions.models import Decision, Document, Paragraph, Session

_numbers = itertools.count(1)


def bumps_version(builder):
    """bulk_create sends no signals: tell the page cache that records changed."""

    @functools.wraps(builder)
    def build(*args, **kwargs):
        from records.version import bump_version

        result = builder(*args, **kwargs)
        bump_version()
        return result

    return build


def user(role=None, **extra):
    """A staff user in the given role ("editor", "viewer"), or a superuser for role="superuser"."""
    n = next(_numbers)
    if role == "superuser":
        return User.objects.create_superuser(f"admin{n}", f"admin{n}@example.org", "pw")
    account = User.objects.create_user(
        f"{role or 'user'}{n}", password="pw", is_staff=True, **extra
    )
    if role in ("editor", "viewer"):
        name = EDITORS if role == "editor" else VIEWERS
        if not Group.objects.filter(name=name).exists():  # a transactional test flushed them
            from django.apps import apps

            from records.roles import sync_role_groups

            sync_role_groups(apps)
        account.groups.add(Group.objects.get(name=name))
    return account


@bumps_version
def document_with_paragraphs(count, *, marker="zzmarker", session_number=90):
    session, _ = Session.objects.get_or_create(number=session_number)
    document = Document.objects.create(
        symbol=f"TEST/{session_number}/{next(_numbers)}", kind="working_document", session=session
    )
    paragraphs = Paragraph.objects.bulk_create(
        Paragraph(document=document, number=i + 1, text=f"The CWS noted item {i + 1} {marker}.")
        for i in range(count)
    )
    return document, paragraphs


@bumps_version
def decisions(count, *, marker="zzmarker"):
    document, paragraphs = document_with_paragraphs(count, marker=marker)
    return Decision.objects.bulk_create(
        Decision(
            session=document.session,
            paragraph=p,
            kind="noted",
            text=f"The CWS noted item {p.number} {marker}.",
        )
        for p in paragraphs
    )


# Synthetic records for query-count tests: a page must cost the same at 1 row and at many.


def synthetic_session(number):
    from sessions.models import AgendaItem

    session = Session.objects.create(number=number, city="Testville")
    document = Document.objects.create(
        symbol=f"TEST/{number}/1", kind="session_report", session=session, source_file="test"
    )
    item = AgendaItem.objects.create(session=session, code="1", title="Testing", order=1)
    return session, document, item


@bumps_version
def session_with_decisions(number, count):
    from sessions.models import AgendaItem

    session, document, item = synthetic_session(number)
    paragraphs = Paragraph.objects.bulk_create(
        Paragraph(document=document, number=i + 1, text=f"The CWS noted zzsyn {i}.")
        for i in range(count)
    )
    items = AgendaItem.objects.bulk_create(
        AgendaItem(session=session, code=f"1({i})", title="Sub-item", order=i + 2, parent=item)
        for i in range(count)
    )
    Decision.objects.bulk_create(
        Decision(
            session=session,
            agenda_item=items[i],
            paragraph=p,
            kind="noted",
            text=f"The CWS noted zzsyn {i}.",
        )
        for i, p in enumerate(paragraphs)
    )
    return session, document, paragraphs


@bumps_version
def task_with_events(number, count):
    from tasks.models import Task, TaskEvent, TaskForce

    session, document, paragraphs = session_with_decisions(number, count)
    task_force = TaskForce.objects.create(name=f"Test Force {number}", slug=f"test-force-{number}")
    task = Task.objects.create(number=number, description="zzsyn task", task_force=task_force)
    TaskEvent.objects.bulk_create(
        TaskEvent(
            task=task,
            kind="description_revised",
            session=session,
            paragraph=p,
            description=f"Wording {i} zzsyn",
        )
        for i, p in enumerate(paragraphs)
    )
    return task


@bumps_version
def task_force_with_events(number, count):
    from tasks.models import TaskForce, TaskForceEvent

    session, document, paragraphs = session_with_decisions(number, count)
    task_force = TaskForce.objects.create(
        name=f"Event Force {number}", slug=f"event-force-{number}"
    )
    TaskForceEvent.objects.bulk_create(
        TaskForceEvent(task_force=task_force, kind="referenced", session=session, paragraph=p)
        for p in paragraphs
    )
    return task_force


@bumps_version
def standard_with_events(code, count):
    from standards.models import Standard, StandardEvent

    session, document, paragraphs = session_with_decisions(int(code.split(".")[1]), count)
    standard = Standard.objects.create(code=code, title="zzsyn standard", status="adopted")
    StandardEvent.objects.bulk_create(
        StandardEvent(standard=standard, kind="referenced", session=session, paragraph=p)
        for p in paragraphs
    )
    return standard


@bumps_version
def tasks(count, start):
    from tasks.models import Task

    return Task.objects.bulk_create(
        Task(number=start + i, description=f"zzsyn task {i}", status="active") for i in range(count)
    )


@bumps_version
def standards(count, start):
    from standards.models import Standard

    return Standard.objects.bulk_create(
        Standard(code=f"ST.{start + i}", title=f"zzsyn {i}", status="adopted") for i in range(count)
    )


@bumps_version
def task_forces(count, start):
    from tasks.models import TaskForce

    return TaskForce.objects.bulk_create(
        TaskForce(name=f"Synthetic {start + i}", slug=f"synthetic-{start + i}", status="active")
        for i in range(count)
    )


@bumps_version
def documents(count, start):
    return Document.objects.bulk_create(
        Document(symbol=f"ZZSYN/{start + i}", title="zzsyn", kind="working_document")
        for i in range(count)
    )


@bumps_version
def assistance_report(year, count):
    from assistance.models import Activity, AssistanceReport, Figure

    _, document, paragraphs = session_with_decisions(year - 1900, max(count, 1))
    report = AssistanceReport.objects.create(document=document, year=year, paragraph=paragraphs[0])
    Activity.objects.bulk_create(
        Activity(report=report, order=i + 1, kind="training", title=f"zzsyn {i}", paragraph=p)
        for i, p in enumerate(paragraphs[:count])
    )
    Figure.objects.create(
        report=report, metric="ipos_in_case_das", value=count, year=year, paragraph=paragraphs[0]
    )
    return report


@bumps_version
def survey_with_results(slug, count):
    from tasks.models import ProgressReport, Survey, SurveyResult

    session, document, paragraphs = session_with_decisions(len(slug) + 500 + count, 1)
    report = ProgressReport.objects.create(
        document=document, session=session, paragraph=paragraphs[0]
    )
    survey = Survey.objects.create(slug=slug, title="zzsyn", report=report, paragraph=paragraphs[0])
    SurveyResult.objects.bulk_create(
        SurveyResult(
            survey=survey,
            table="file_formats",
            label=f"Format {i}",
            count=i,
            order=i,
            paragraph=paragraphs[0],
        )
        for i in range(count)
    )
    return survey


@bumps_version
def citing_rows(paragraph, count):
    """``count`` more records of each of several kinds that cite ``paragraph``: decisions, Task
    and Standard history events, session officers and agenda items (its document must belong to
    a session)."""
    from django.db.models import Max

    from sessions.models import AgendaItem, SessionOfficer
    from standards.models import Standard, StandardEvent
    from tasks.models import Task, TaskEvent

    session = paragraph.document.session
    n = next(_numbers)
    ordinal = paragraph.decisions.aggregate(last=Max("ordinal"))["last"] or 0
    Decision.objects.bulk_create(
        Decision(
            session=session,
            paragraph=paragraph,
            ordinal=ordinal + i + 1,
            kind="noted",
            text=paragraph.text,
        )
        for i in range(count)
    )
    first_task = (Task.objects.aggregate(last=Max("number"))["last"] or 0) + 1
    tasks = Task.objects.bulk_create(
        Task(number=first_task + i, description=f"zzcited task {i}") for i in range(count)
    )
    TaskEvent.objects.bulk_create(
        TaskEvent(task=task, kind="referenced", session=session, paragraph=paragraph)
        for task in tasks
    )
    standards = Standard.objects.bulk_create(
        Standard(code=f"ST.Z{n}.{i}", title=f"zzcited {i}", status="adopted") for i in range(count)
    )
    StandardEvent.objects.bulk_create(
        StandardEvent(standard=standard, kind="referenced", session=session, paragraph=paragraph)
        for standard in standards
    )
    SessionOfficer.objects.bulk_create(
        SessionOfficer(
            session=session, role="vice_chair", name=f"Officer {n}.{i}", paragraph=paragraph
        )
        for i in range(count)
    )
    AgendaItem.objects.bulk_create(
        AgendaItem(
            session=session, code=f"Z{n}.{i}", title="Cited", order=900 + i, paragraph=paragraph
        )
        for i in range(count)
    )


@bumps_version
def decision_linked_twice(number):
    """A decision of session ``number`` with two history events for one Task, one Standard and
    one Task Force (as CWS/12/29 ¶172 assigns Task No. 66 and refers to it): each of them must
    be listed once wherever the decision is shown."""
    from standards.models import Standard, StandardEvent
    from tasks.models import Task, TaskEvent, TaskForce, TaskForceEvent

    session, _, (paragraph,) = session_with_decisions(number, 1)
    decision = paragraph.decisions.get()
    task = Task.objects.create(number=number, description="zztwice task")
    standard = Standard.objects.create(code=f"ST.{number}", title="zztwice", status="adopted")
    task_force = TaskForce.objects.create(name=f"Twice Force {number}", slug=f"twice-{number}")
    cited = {"session": session, "paragraph": paragraph, "decision": decision}
    TaskEvent.objects.bulk_create(
        [
            TaskEvent(task=task, kind="assigned", task_force=task_force, **cited),
            TaskEvent(task=task, kind="referenced", **cited),
        ]
    )
    StandardEvent.objects.bulk_create(
        [
            StandardEvent(standard=standard, kind="revised", **cited),
            StandardEvent(standard=standard, kind="referenced", **cited),
        ]
    )
    TaskForceEvent.objects.bulk_create(
        [
            TaskForceEvent(task_force=task_force, kind="task_assigned", **cited),
            TaskForceEvent(task_force=task_force, kind="referenced", **cited),
        ]
    )
    return decision


@bumps_version
def decision_with_effects(number, count):
    """A decision of session ``number`` that concerns ``count`` new Tasks and Standards."""
    from standards.models import Standard, StandardEvent
    from tasks.models import Task, TaskEvent

    session, _document, (paragraph,) = session_with_decisions(number, 1)
    decision = paragraph.decisions.get()
    tasks = Task.objects.bulk_create(
        Task(number=number * 10 + i, description=f"zzeffect {i}") for i in range(count)
    )
    TaskEvent.objects.bulk_create(
        TaskEvent(
            task=t,
            kind="referenced",
            session=session,
            paragraph=decision.paragraph,
            decision=decision,
        )
        for t in tasks
    )
    standards = Standard.objects.bulk_create(
        Standard(code=f"ST.E{number}.{i}", title="zzeffect", status="adopted") for i in range(count)
    )
    StandardEvent.objects.bulk_create(
        StandardEvent(
            standard=s,
            kind="referenced",
            session=session,
            paragraph=decision.paragraph,
            decision=decision,
        )
        for s in standards
    )
    return decision


@bumps_version
def office_with_sessions(name, count):
    """An office that attended ``count`` new sessions."""
    from sessions.models import Office, Participation

    office = Office.objects.create(name=name, kind="other")
    _document, (paragraph,) = document_with_paragraphs(1)
    sessions = Session.objects.bulk_create(
        Session(number=5000 + next(_numbers)) for _ in range(count)
    )
    Participation.objects.bulk_create(
        Participation(session=s, office=office, capacity="observer", order=1, paragraph=paragraph)
        for s in sessions
    )
    return office
