"""Synthetic records at a chosen scale, for benchmarks: about `scale` times each kind of curated
record, with the shapes and links of the real ones. Every synthetic record is marked: symbols
start with "SYN/", codes and numbers are out of the real ranges, and notes say "synthetic".

They go into a database of their own: `generate` refuses a database that holds curated records.
"""

import datetime
import json
import random
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from assistance.models import Activity, AssistanceReport, Figure
from records.version import bump_version
from sessions.models import (
    AgendaItem,
    Decision,
    Document,
    Office,
    Paragraph,
    Participation,
    Session,
    SessionOfficer,
)
from standards.models import Standard, StandardEvent
from tasks.models import Task, TaskEvent, TaskForce, TaskForceEvent

NOTE = "synthetic (generate_scale_data)"
BATCH = 2000


class MixedDatabase(Exception):
    pass


@dataclass
class Counts:
    sessions: int
    paragraphs_per_session: int
    decisions_per_session: int
    items_per_session: int
    tasks: int
    task_forces: int
    standards: int
    offices: int
    participants_per_session: int


def counts_for(scale):
    """Curated counts times the scale (the curated corpus has 4 sessions, 266 paragraphs,
    150 decisions, 45 agenda items, 17 Tasks, 14 Task Forces, 19 Standards, 107 offices)."""
    sessions = max(1, 4 * scale)
    return Counts(
        sessions=sessions,
        paragraphs_per_session=max(2, 266 * scale // sessions),
        decisions_per_session=max(1, 100 * scale // sessions),
        items_per_session=11,
        tasks=17 * scale,
        task_forces=14 * scale,
        standards=19 * scale,
        offices=107 * scale,
        participants_per_session=18,
    )


def vocabulary():
    """Words of the curated paragraphs, so that synthetic text searches like the real one."""
    path = settings.RECORDS_FIXTURE_DIR / "10_paragraphs.json"
    words = set()
    for record in json.loads(path.read_text(encoding="utf-8")):
        words.update(w.strip(".,;:()“”\"'") for w in record["fields"]["text"].split())
    return sorted(w for w in words if w.isalpha() and len(w) > 2)


KINDS = list(Decision.Kind.values)


def generate(scale, *, seed=42):
    if Document.objects.exclude(symbol__startswith="SYN/").exists():
        raise MixedDatabase(
            "This database holds curated records: generate synthetic ones into a database of "
            "their own (set DATABASE_URL to an empty database)."
        )
    rng = random.Random(seed)
    words = vocabulary()
    counts = counts_for(scale)

    def sentence(n=24):
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    with transaction.atomic():
        offices = Office.objects.bulk_create(
            [
                Office(name=f"SYN Office {i}", short_name=f"S{i}", kind="member_state", note=NOTE)
                for i in range(counts.offices)
            ],
            batch_size=BATCH,
        )
        task_forces = TaskForce.objects.bulk_create(
            [
                TaskForce(name=f"SYN Task Force {i}", slug=f"syn-{i}", status="active", note=NOTE)
                for i in range(counts.task_forces)
            ],
            batch_size=BATCH,
        )
        TaskForce.leaders.through.objects.bulk_create(
            [
                TaskForce.leaders.through(taskforce_id=tf.pk, office_id=rng.choice(offices).pk)
                for tf in task_forces
            ],
            batch_size=BATCH,
        )
        standards = Standard.objects.bulk_create(
            [
                Standard(code=f"ST.{1000 + i}", title=sentence(6), status="adopted", note=NOTE)
                for i in range(counts.standards)
            ],
            batch_size=BATCH,
        )
        tasks = Task.objects.bulk_create(
            [
                Task(
                    number=1000 + i,
                    description=sentence(20),
                    status=rng.choice(Task.Status.values),
                    task_force=rng.choice(task_forces),
                    note=NOTE,
                )
                for i in range(counts.tasks)
            ],
            batch_size=BATCH,
        )
        Task.standards.through.objects.bulk_create(
            [
                Task.standards.through(task_id=t.pk, standard_id=rng.choice(standards).pk)
                for t in tasks
            ],
            batch_size=BATCH,
        )

        sessions = Session.objects.bulk_create(
            [
                Session(
                    number=1000 + i,
                    start_date=datetime.date(1900, 1, 1) + datetime.timedelta(days=30 * i),
                    end_date=datetime.date(1900, 1, 4) + datetime.timedelta(days=30 * i),
                    city="Synthville",
                    note=NOTE,
                )
                for i in range(counts.sessions)
            ],
            batch_size=BATCH,
        )
        documents = Document.objects.bulk_create(
            [
                Document(
                    symbol=f"SYN/{s.number}/29",
                    title=f"Synthetic report of session {s.number}",
                    kind="session_report",
                    session=s,
                    source_file="synthetic",
                    note=NOTE,
                )
                for s in sessions
            ],
            batch_size=BATCH,
        )
        paragraphs = Paragraph.objects.bulk_create(
            [
                Paragraph(document=d, number=n + 1, text=sentence())
                for d in documents
                for n in range(counts.paragraphs_per_session)
            ],
            batch_size=BATCH,
        )
        by_document = {}
        for p in paragraphs:
            by_document.setdefault(p.document_id, []).append(p)
        items = AgendaItem.objects.bulk_create(
            [
                AgendaItem(session=s, code=str(n + 1), title=sentence(6), order=n + 1)
                for s in sessions
                for n in range(counts.items_per_session)
            ],
            batch_size=BATCH,
        )
        by_session_items = {}
        for item in items:
            by_session_items.setdefault(item.session_id, []).append(item)
        SessionOfficer.objects.bulk_create(
            [
                SessionOfficer(
                    session=s,
                    role="chair",
                    name=f"Synthetic Chair {s.number}",
                    office=rng.choice(offices),
                    paragraph=by_document[d.pk][0],
                )
                for s, d in zip(sessions, documents, strict=True)
            ],
            batch_size=BATCH,
        )
        Participation.objects.bulk_create(
            [
                Participation(
                    session=s,
                    office=o,
                    capacity="member_state",
                    order=k,
                    paragraph=by_document[d.pk][1],
                )
                for s, d in zip(sessions, documents, strict=True)
                for k, o in enumerate(
                    rng.sample(offices, min(len(offices), counts.participants_per_session))
                )
            ],
            batch_size=BATCH,
        )

        decisions = []
        for s, d in zip(sessions, documents, strict=True):
            chosen = rng.sample(
                by_document[d.pk], min(counts.decisions_per_session, len(by_document[d.pk]))
            )
            for p in chosen:
                decisions.append(
                    Decision(
                        session=s,
                        agenda_item=rng.choice(by_session_items[s.pk]),
                        paragraph=p,
                        kind=rng.choice(KINDS),
                        text=p.text,
                        note=NOTE,
                    )
                )
        decisions = Decision.objects.bulk_create(decisions, batch_size=BATCH)
        TaskEvent.objects.bulk_create(
            [
                TaskEvent(
                    task=rng.choice(tasks),
                    kind="progress_reported",
                    session_id=d.session_id,
                    decision=d,
                    paragraph_id=d.paragraph_id,
                    note=NOTE,
                )
                for d in decisions[::4]
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        StandardEvent.objects.bulk_create(
            [
                StandardEvent(
                    standard=rng.choice(standards),
                    kind="revised",
                    session_id=d.session_id,
                    decision=d,
                    paragraph_id=d.paragraph_id,
                    version="1.0",
                    note=NOTE,
                )
                for d in decisions[1::2]
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        TaskForceEvent.objects.bulk_create(
            [
                TaskForceEvent(
                    task_force=rng.choice(task_forces),
                    kind="referenced",
                    session_id=d.session_id,
                    decision=d,
                    paragraph_id=d.paragraph_id,
                    note=NOTE,
                )
                for d in decisions[2::3]
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        reports = AssistanceReport.objects.bulk_create(
            [
                AssistanceReport(
                    document=d, year=3000 + k, paragraph=by_document[d.pk][0], note=NOTE
                )
                for k, d in enumerate(documents[: max(1, 3 * scale)])
            ],
            batch_size=BATCH,
        )
        Activity.objects.bulk_create(
            [
                Activity(
                    report=r,
                    order=n + 1,
                    kind=rng.choice(Activity.Kind.values),
                    title=sentence(5),
                    description=sentence(),
                    paragraph=by_document[r.document_id][n % 2],
                    note=NOTE,
                )
                for r in reports
                for n in range(17)
            ],
            batch_size=BATCH,
        )
        Figure.objects.bulk_create(
            [
                Figure(
                    report=r,
                    metric=m,
                    value=rng.randint(1, 100),
                    year=r.year,
                    paragraph=by_document[r.document_id][0],
                    note=NOTE,
                )
                for r in reports
                for m in Figure.Metric.values[:7]
            ],
            batch_size=BATCH,
        )
        bump_version()
    return {
        "sessions": len(sessions),
        "documents": len(documents),
        "paragraphs": len(paragraphs),
        "agenda items": len(items),
        "decisions": len(decisions),
        "tasks": len(tasks),
        "task forces": len(task_forces),
        "standards": len(standards),
        "offices": len(offices),
    }
