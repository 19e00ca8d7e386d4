"""Script and markup stored in any text field come out escaped on every page and feed, and
inert in exports."""

import csv
import io

import pytest

from sessions.models import AgendaItem, Decision, Document, Paragraph, Session
from standards.models import Standard, StandardEvent
from tasks.models import Task, TaskEvent, TaskForce

pytestmark = pytest.mark.django_db
PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def hostile_records():
    session = Session.objects.create(number=77, city=PAYLOAD, note=PAYLOAD)
    document = Document.objects.create(
        symbol="EVIL/1",
        title=PAYLOAD,
        kind="session_report",
        session=session,
        note=PAYLOAD,
        source_file="evil.txt",
    )
    paragraph = Paragraph.objects.create(
        document=document, number=1, heading=PAYLOAD, text=f"The CWS noted {PAYLOAD}."
    )
    item = AgendaItem.objects.create(
        session=session, code="1", title=PAYLOAD, order=1, paragraph=paragraph
    )
    decision = Decision.objects.create(
        session=session,
        agenda_item=item,
        paragraph=paragraph,
        kind="noted",
        text=f"The CWS noted {PAYLOAD}.",
        note=PAYLOAD,
    )
    task_force = TaskForce.objects.create(name=f"Evil {PAYLOAD}", slug="evil", note=PAYLOAD)
    task = Task.objects.create(number=777, description=PAYLOAD, task_force=task_force, note=PAYLOAD)
    TaskEvent.objects.create(
        task=task,
        kind="description_revised",
        session=session,
        decision=decision,
        paragraph=paragraph,
        description=PAYLOAD,
        note=PAYLOAD,
    )
    standard = Standard.objects.create(code="ST.777", title=PAYLOAD, status="adopted", note=PAYLOAD)
    StandardEvent.objects.create(
        standard=standard,
        kind="referenced",
        session=session,
        decision=decision,
        paragraph=paragraph,
        version=PAYLOAD[:20],
        note=PAYLOAD,
    )
    return session


PAGES = [
    "/",
    "/sessions/",
    "/sessions/77/",
    "/sessions/77/work-program/",
    "/decisions/?session=77",
    "/decisions/?q=alert",
    "/documents/",
    "/documents/EVIL/1/",
    "/tasks/",
    "/tasks/777/",
    "/task-forces/",
    "/task-forces/evil/",
    "/standards/",
    "/standards/ST.777/",
    "/search/?q=alert",
    f"/search/?q={PAYLOAD}",
    f"/decisions/?q={PAYLOAD}",
    "/feeds/decisions/",
    "/feeds/sessions/77/",
    "/feeds/tasks/777/",
    "/feeds/standards/ST.777/",
    "/calendar/sessions.ics",
    "/sitemap.xml",
]


@pytest.mark.parametrize("path", PAGES)
def test_markup_in_the_records_is_escaped(get, hostile_records, path):
    body = get(path, secure=True).text
    assert "<script>alert" not in body
    assert "<img src=x" not in body


def test_exports_keep_the_text_as_data(get, hostile_records):
    response = get("/decisions/?session=77&format=csv", secure=True)
    assert response["Content-Type"].startswith("text/csv")
    row = next(csv.DictReader(io.StringIO(response.text)))
    assert row["note"] == PAYLOAD  # plain data in a CSV file, never rendered as HTML
    api = get("/api/decisions/?session=77", secure=True)
    assert api["Content-Type"].startswith("application/json")
    assert api.json()["results"][0]["note"] == PAYLOAD
    assert api["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_no_exported_cell_can_start_a_formula(get, hostile_records, start):
    Decision.objects.filter(session__number=77).update(note=f"{start}cmd|' /C calc'!A0")
    export = get("/decisions/?session=77&format=csv", secure=True).text
    row = next(csv.DictReader(io.StringIO(export)))
    assert row["note"].startswith("'" + start)
