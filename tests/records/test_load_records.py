"""`load_records`: one transaction, every object validated, repeatable, clear errors."""

import io
import json
import shutil

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from sessions.models import Decision, Document, Paragraph
from tasks.models import Task

pytestmark = pytest.mark.django_db


def counts():
    return {
        "decisions": Decision.objects.count(),
        "tasks": Task.objects.count(),
        "paragraphs": Paragraph.objects.count(),
        "documents": Document.objects.count(),
        "task_history": Task.history.count(),
        "decision_history": Decision.history.count(),
    }


def copy_fixtures(tmp_path):
    folder = tmp_path / "fixtures"
    folder.mkdir()
    for path in settings.RECORDS_FIXTURE_DIR.glob("*.json"):
        shutil.copy(path, folder / path.name)
    return folder


def edit_record(folder, filename, predicate, change):
    path = folder / filename
    data = json.loads(path.read_text(encoding="utf-8"))
    record = next(r for r in data if predicate(r))
    change(record)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_rerunning_leaves_the_same_database():
    before = counts()
    out = io.StringIO()
    call_command("load_records", stdout=out)
    assert counts() == before
    assert "0 history entries written" in out.getvalue()


def test_every_record_has_a_baseline_history_entry():
    task = Task.objects.get(number=67)
    entry = task.history.earliest()
    assert entry.history_type == "+"
    assert entry.history_change_reason == "load_records"
    assert Decision.history.filter(history_type="+").count() == Decision.objects.count()


def test_a_changed_fixture_updates_in_place_and_records_the_change(tmp_path):
    folder = copy_fixtures(tmp_path)
    edit_record(
        folder,
        "01_catalog.json",
        lambda r: r["model"] == "tasks.task" and r["fields"]["number"] == 24,
        lambda r: r["fields"].update(note="A corrected note."),
    )
    before = counts()
    call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())
    task = Task.objects.get(number=24)
    assert task.note == "A corrected note."
    assert task.history.latest().history_type == "~"
    assert counts()["tasks"] == before["tasks"]


@pytest.mark.parametrize(
    "change, field",
    [
        ({"status": "paused"}, "field 'status'"),  # a value the field does not allow
        ({"colour": "red"}, "colour"),  # a field the model does not have (issue 12, item 10)
    ],
)
def test_a_bad_field_stops_the_load_naming_file_record_and_field(tmp_path, change, field):
    """A message that names the file, the record and the field, never a traceback."""
    folder = copy_fixtures(tmp_path)
    edit_record(
        folder,
        "01_catalog.json",
        lambda r: r["model"] == "tasks.task" and r["fields"]["number"] == 41,
        lambda r: r["fields"].update(change),
    )
    before = counts()
    with pytest.raises(CommandError) as error:
        call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())
    message = str(error.value)
    assert "Nothing was loaded" in message
    assert "01_catalog.json" in message
    assert 'tasks.task {"number": 41}' in message
    assert field in message
    assert counts() == before


def test_wording_missing_from_its_paragraph_is_refused(tmp_path):
    folder = copy_fixtures(tmp_path)
    edit_record(
        folder,
        "20_cws12.json",
        lambda r: (
            r["model"] == "cws_sessions.decision"
            and r["fields"]["paragraph"] == ["CWS/12/29", "body", 146]
        ),
        lambda r: r["fields"].update(text="The CWS approved the creation of Task No. 99."),
    )
    with pytest.raises(CommandError) as error:
        call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())
    assert "20_cws12.json" in str(error.value)
    assert "field 'text'" in str(error.value)
    assert Decision.objects.filter(text__contains="Task No. 67").exists()


def test_a_reference_to_a_missing_record_is_named(tmp_path):
    folder = copy_fixtures(tmp_path)
    edit_record(
        folder,
        "01_catalog.json",
        lambda r: r["model"] == "tasks.task" and r["fields"]["number"] == 67,
        lambda r: r["fields"].update(task_force=["No Such Task Force"]),
    )
    before = counts()
    with pytest.raises(CommandError) as error:
        call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())
    assert 'tasks.task {"number": 67}' in str(error.value)
    assert counts() == before
    assert Task.objects.get(number=67).task_force.name == "IP Data Exchange Task Force"


def test_malformed_json_is_reported_with_its_file(tmp_path):
    folder = copy_fixtures(tmp_path)
    (folder / "99_broken.json").write_text("[{", encoding="utf-8")
    before = counts()
    with pytest.raises(CommandError, match="99_broken.json"):
        call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())
    assert counts() == before


def test_a_record_without_fields_is_reported(tmp_path):
    folder = copy_fixtures(tmp_path)
    (folder / "99_broken.json").write_text('[{"model": "tasks.task"}]', encoding="utf-8")
    with pytest.raises(CommandError, match=r"99_broken.json, record 1 .*'model' and 'fields'"):
        call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())


def test_a_record_defined_twice_is_refused(tmp_path):
    folder = copy_fixtures(tmp_path)
    (folder / "99_duplicate.json").write_text(
        '[{"model": "tasks.task", "fields": {"number": 67, "status": "completed"}}]',
        encoding="utf-8",
    )
    with pytest.raises(
        CommandError, match=r"99_duplicate.json.*already defined at 01_catalog.json"
    ):
        call_command("load_records", "--fixtures", str(folder), stdout=io.StringIO())
    assert Task.objects.get(number=67).status == "active"


def staff_edit(client, submit, admin_url, record, changes):
    from tests import factories

    editor = factories.user("editor")
    client.force_login(editor)
    response = submit(admin_url(type(record), "change", record.pk), changes)
    assert response.status_code == 302
    return editor


def test_a_staff_edit_survives_load_records_and_is_listed(client, submit, admin_url):
    """Curated data never overwrites staff work (issue 10, item 5): the edit stays, the load
    lists the record with what the fixtures say, what the database says, who and when."""
    task = Task.objects.get(number=24)
    curated = task.note
    editor = staff_edit(client, submit, admin_url, task, {"note": "Corrected by the secretariat."})
    out = io.StringIO()
    call_command("load_records", stdout=out)
    task.refresh_from_db()
    assert task.note == "Corrected by the secretariat."
    report = out.getvalue()
    assert "1 records were changed by staff after they were last loaded" in report
    assert f"tasks.task [24]: changed by {editor.username} on " in report
    assert f"fixtures: {curated!r}" in report
    assert "database: 'Corrected by the secretariat.'" in report
    assert task.history.order_by("-history_id").first().history_user == editor


def test_overwrite_puts_a_named_record_back(client, submit, admin_url):
    task = Task.objects.get(number=24)
    curated = task.note
    staff_edit(client, submit, admin_url, task, {"note": "Corrected by the secretariat."})
    out = io.StringIO()
    call_command("load_records", "--overwrite", "tasks.task [24]", stdout=out)
    task.refresh_from_db()
    assert task.note == curated
    assert "Put back as the fixtures have it: tasks.task [24]" in out.getvalue()
    assert task.history.order_by("-history_id").first().history_change_reason == "load_records"
    # put back, it is a loaded record again: the next load lists nothing
    again = io.StringIO()
    call_command("load_records", stdout=again)
    assert "changed by staff" not in again.getvalue()


def test_a_record_staff_deleted_stays_deleted(client, admin_url):
    from sessions.models import Participation
    from tests import factories

    client.force_login(factories.user("editor"))
    participation = Participation.objects.filter(session__number=12).order_by("pk").last()
    response = client.post(admin_url(Participation, "delete", participation.pk), {"post": "yes"})
    assert response.status_code == 302
    out = io.StringIO()
    call_command("load_records", stdout=out)
    assert not Participation.objects.filter(pk=participation.pk).exists()
    assert not Participation.objects.filter(
        session__number=12, office=participation.office
    ).exists()
    assert f'cws_sessions.participation [12, "{participation.office.name}"]: deleted by' in (
        out.getvalue()
    )


def test_a_staff_edit_the_fixtures_agree_with_is_not_listed(client, submit, admin_url):
    task = Task.objects.get(number=24)
    curated = task.note
    staff_edit(client, submit, admin_url, task, {"note": "Corrected."})
    staff_edit(client, submit, admin_url, Task.objects.get(number=24), {"note": curated})
    out = io.StringIO()
    call_command("load_records", stdout=out)
    assert "changed by staff" not in out.getvalue()


def test_make_run_loads_without_overwriting():
    """`make run` loads the records at every start: without --overwrite, so it never reverts
    staff work."""
    makefile = (settings.BASE_DIR / "Makefile").read_text(encoding="utf-8")
    loads = [line for line in makefile.splitlines() if "load_records" in line]
    assert loads and not any("--overwrite" in line for line in loads)
