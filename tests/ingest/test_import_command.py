"""`manage.py import_report FILE --symbol S --session N --dry-run --json`: the contract.

The dry run prints one JSON draft and writes nothing (rows are counted before and after in
every record table, history included, through the app registry); bad input stops it with a
clear CommandError, and still writes nothing. Without ``--dry-run`` the command stores the
draft for review in the admin (a ``ReportImport``, not a record).
"""

import io
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from pypdf import PdfReader, PdfWriter

import records.ingest.report.draft as draft_module
from records.models import ReportImport
from tests import factories

pytestmark = pytest.mark.django_db

FILES = Path(__file__).resolve().parent / "files"
CWS_12_29 = FILES / "002_54732be6b0c01bf8.docx"
CWS_13_14_PDF = FILES / "004_a8225f605fa35695.pdf"
RECORD_APPS = ("cws_sessions", "tasks", "standards", "assistance")


def record_models():
    return [
        model
        for label in RECORD_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]


def row_counts():
    return {model._meta.label: model._base_manager.count() for model in record_models()}


def run(*args):
    out = io.StringIO()
    call_command("import_report", *map(str, args), stdout=out)
    return out.getvalue()


def dry_run_json(path, symbol, session):
    return json.loads(run(path, "--symbol", symbol, "--session", session, "--dry-run", "--json"))


def test_the_dry_run_prints_the_draft_in_the_contracts_shape_and_writes_nothing():
    before = row_counts()
    draft = dry_run_json(CWS_12_29, "CWS/12/29", 12)
    assert row_counts() == before
    assert {"document", "paragraphs", "agenda_items", "decisions", "events", "warnings"} <= set(
        draft
    )
    document = draft["document"]
    assert (document["symbol"], document["session"]) == ("CWS/12/29", 12)
    assert isinstance(document["title"], str) and document["title"]
    assert document["date"] is None  # CWS/12/29 prints no date
    assert len(draft["paragraphs"]) == 175
    for paragraph in draft["paragraphs"]:
        assert paragraph["part"] in ("body", "annex")
        assert isinstance(paragraph["number"], int)
        assert isinstance(paragraph["number_inferred"], bool)
        assert paragraph["agenda_item"] is None or isinstance(paragraph["agenda_item"], str)
        assert isinstance(paragraph["text"], str) and paragraph["text"]
    assert {
        "code": "8(c)",
        "title": "Proposal for recommendations on data exchange framework and platform",
        "parent": "8",
    }.items() <= next(a for a in draft["agenda_items"] if a["code"] == "8(c)").items()
    for decision in draft["decisions"]:
        assert decision["part"] in ("body", "annex")
        assert isinstance(decision["paragraph"], int) and isinstance(decision["ordinal"], int)
        assert decision["nature"] in ("decision", "proposal")
        assert decision["kind"] in {
            "noted", "approved", "agreed", "adopted", "not_adopted", "not_approved", "requested",
            "encouraged", "considered", "elected", "supported", "assigned", "reviewed",
        }  # fmt: skip
        assert isinstance(decision["text"], str)
        assert all(isinstance(t, int) for t in decision["tasks"])
        assert all(s.startswith("ST.") for s in decision["standards"])
        assert all(isinstance(x, str) for x in decision["task_forces"] + decision["documents"])
    created = next(d for d in draft["decisions"] if (d["paragraph"], d["ordinal"]) == (146, 1))
    assert (created["kind"], created["tasks"]) == ("approved", [67])
    event = next(e for e in draft["events"] if e["key"] == 67 and e["kind"] == "created")
    assert (event["subject"], event["paragraph"], event["decision_ordinal"], event["proposed"]) == (
        "task",
        146,
        1,
        True,
    )
    assert all(isinstance(w, str) for w in draft["warnings"])


def test_the_records_in_the_database_are_known():
    draft = dry_run_json(CWS_12_29, "CWS/12/29", 12)
    assert draft["new_records"]["sessions"] == []
    assert draft["new_records"]["tasks"] == []
    assert "PCT Minimum Documentation Task Force" in draft["new_records"]["task_forces"]


def test_a_session_not_in_the_records_is_proposed_not_refused():
    before = row_counts()
    draft = dry_run_json(FILES / "made_up_summary.pdf", "CWS/99/9", 99)
    assert draft["new_records"]["sessions"] == [99]
    assert any("Session 99 is not in the records" in w for w in draft["warnings"])
    assert row_counts() == before


def test_an_empty_database_gives_an_all_new_draft():
    for model in record_models():  # rolled back after the test
        model._base_manager.all()._raw_delete(model._base_manager.db)
    draft = dry_run_json(CWS_12_29, "CWS/12/29", 12)
    assert draft["new_records"]["sessions"] == [12]
    assert 67 in draft["new_records"]["tasks"]
    assert "IP Data Exchange Task Force" in draft["new_records"]["task_forces"]
    assert len(draft["decisions"]) == 111
    assert set(row_counts().values()) == {0}


def test_the_summary_says_nothing_was_written():
    out = run(CWS_12_29, "--symbol", "CWS/12/29", "--session", "12", "--dry-run")
    assert "175 paragraphs, 45 agenda items, 111 decisions" in out
    assert out.rstrip().endswith("Dry run: nothing was written.")


def test_without_dry_run_the_command_stores_a_draft_for_review_and_writes_no_record():
    before = row_counts()
    editor = factories.user("editor")
    out = run(CWS_12_29, "--symbol", "CWS/12/29", "--session", "12", "--user", editor.username)
    assert row_counts() == before  # no record: a draft is not a record
    report_import = ReportImport.objects.get()
    assert (report_import.symbol, report_import.session, report_import.status) == (
        "CWS/12/29",
        12,
        "draft",
    )
    assert report_import.imported_by == editor
    assert len(report_import.draft["decisions"]) == 111
    assert f"Draft stored for review as import {report_import.pk}" in out
    assert "Dry run" not in out


def test_without_dry_run_a_missing_session_is_refused_unless_asked_to_create_it():
    path = FILES / "made_up_summary.docx"
    refusal = "Session 99 is not in the records yet.*--create-session"
    with pytest.raises(CommandError, match=refusal):
        run(path, "--symbol", "CWS/99/9", "--session", "99")
    assert not ReportImport.objects.exists()
    run(path, "--symbol", "CWS/99/9", "--session", "99", "--create-session")
    assert ReportImport.objects.get().create_session is True


def test_without_dry_run_bad_input_writes_nothing(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(CWS_13_14_PDF.read_bytes())
    with pytest.raises(CommandError, match="holds a PDF.*Nothing was written"):
        run(path, "--symbol", "CWS/13/14", "--session", "13")
    with pytest.raises(CommandError, match="No staff account named 'nobody'"):
        run(CWS_13_14_PDF, "--symbol", "CWS/13/14", "--session", "13", "--user", "nobody")
    assert not ReportImport.objects.exists()


def test_a_missing_file():
    with pytest.raises(CommandError, match="No such file"):
        run("/nonexistent/report.pdf", "--symbol", "CWS/12/29", "--session", "12", "--dry-run")


def encrypted_pdf(path):
    writer = PdfWriter(clone_from=PdfReader(CWS_13_14_PDF))
    writer.encrypt("a-password")
    with path.open("wb") as out:
        writer.write(out)


def textless_pdf(path):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with path.open("wb") as out:
        writer.write(out)


OLD_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64  # an OLE (.doc) header


def bytes_of(data):
    return lambda path: path.write_bytes(data)


BAD_INPUTS = [
    ("report.pdf", bytes_of(b"1. The CWS noted.\n"), "named .pdf but holds plain text"),
    ("report.docx", bytes_of(CWS_13_14_PDF.read_bytes()), "holds a PDF"),
    ("report.docx", bytes_of(OLD_WORD), "old Word .doc"),
    ("report.txt", bytes_of(b"\x00\x01binary\x00"), "holds binary data"),
    ("report.rtf", bytes_of(b"{\\rtf1 text}"), "Unsupported file type"),
    ("report.txt", bytes_of(b""), "The file is empty"),
    ("report.txt", bytes_of(b"  \n\n "), "The file is empty"),
    ("report.pdf", encrypted_pdf, "encrypted"),
    ("report.pdf", textless_pdf, "no text layer"),
    ("report.pdf", bytes_of(b"%PDF-1.7\nbroken"), "damaged or not a PDF"),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD_INPUTS)
def test_bad_input_gives_a_clear_error_and_writes_nothing(tmp_path, name, make, message):
    path = tmp_path / name
    make(path)
    before = row_counts()
    with pytest.raises(CommandError, match=message):
        run(path, "--symbol", "CWS/13/14", "--session", "13", "--dry-run", "--json")
    assert row_counts() == before


def test_a_file_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(draft_module, "MAX_BYTES", 1024)
    path = tmp_path / "report.pdf"
    path.write_bytes(CWS_13_14_PDF.read_bytes())
    with pytest.raises(CommandError, match="the limit is"):
        run(path, "--symbol", "CWS/13/14", "--session", "13", "--dry-run")


def test_a_symbol_that_the_document_does_not_print():
    before = row_counts()
    with pytest.raises(CommandError, match="prints the symbol CWS/13/14, not CWS/12/29"):
        run(CWS_13_14_PDF, "--symbol", "CWS/12/29", "--session", "12", "--dry-run", "--json")
    assert row_counts() == before
