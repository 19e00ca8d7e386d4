"""The history of the records: who changed what, and when, one entry per accepted save.

django-simple-history writes an entry for every save of a record. An admin save may save a
record more than once (the record, then its links), and a save may change nothing (a form sent
back as it came); the admin (``records.admin``) therefore writes the record's entry itself,
once the whole save is done, and drops the entries of that save that record no change.
Only the entries the save itself wrote are ever dropped (``captured_entries``), never another
editor's.

Three kinds of entry carry a reason that the history page spells out:
- ``LOADED``: written by ``load_records``, "loaded from the curated records";
- ``restore:<id>``: a restore of an earlier version, "restored the version of <date> by <user>";
- ``import:<id>:<symbol>``: written by publishing a report import (``records.ingest.imports``),
  "published from the import of <symbol> by <user>". The symbol is in the reason itself, so the
  entry reads the same in a backup, which holds the records but not the imports.
"""

import threading
from contextlib import contextmanager

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from simple_history.signals import post_create_historical_record

LOADED = "load_records"
RESTORE_PREFIX = "restore:"
IMPORT_PREFIX = "import:"

_capture = threading.local()


def _remember(sender, history_instance, **kwargs):
    entries = getattr(_capture, "entries", None)
    if entries is not None:
        entries.append(history_instance)


post_create_historical_record.connect(_remember, dispatch_uid="records.history.capture")


@contextmanager
def captured_entries():
    """The history entries written inside the block, by this thread: a list, filled as they
    are written."""
    outer = getattr(_capture, "entries", None)
    _capture.entries = entries = []
    try:
        yield entries
    finally:
        _capture.entries = outer
        if outer is not None:
            outer.extend(entries)


def changed(entry):
    """Whether a history entry records a change: it is the first of its record, or differs
    from the entry before it (fields and many-to-many links)."""
    previous = entry.prev_record
    return previous is None or bool(entry.diff_against(previous).changes)


def drop_unchanged(entries):
    """Delete those of ``entries`` (written by this save) that record no change."""
    for entry in entries:
        if entry.history_type == "~" and not changed(entry):
            entry.delete()


def restore_reason(version):
    return f"{RESTORE_PREFIX}{version.history_id}"


def import_reason(report_import):
    """The reason on the history entries that publishing an import writes."""
    return f"{IMPORT_PREFIX}{report_import.pk}:{report_import.symbol}"[:100]


def is_load(reason):
    """Whether an entry was written by ``load_records``: anything else is staff work, which
    the curated records never overwrite (an import's publication included: a reviewer chose
    it)."""
    return reason == LOADED


def is_load_or_import(reason):
    """Whether an entry was written by ``load_records`` or by publishing an import: what a new
    import may update after its reviewer has seen the differences; an admin edit it may not."""
    return reason == LOADED or reason.startswith(IMPORT_PREFIX)


def describe(entries):
    """Set ``who`` and ``why`` on history entries as the history page shows them: the curated
    records for a load, the restored version for a restore, the document for an import."""
    restored_ids = [
        int(entry.history_change_reason[len(RESTORE_PREFIX) :])
        for entry in entries
        if (entry.history_change_reason or "").startswith(RESTORE_PREFIX)
    ]
    restored = {}
    if restored_ids and entries:
        model = type(entries[0])
        restored = {
            version.history_id: version
            for version in model.objects.filter(history_id__in=restored_ids).select_related(
                "history_user"
            )
        }
    for entry in entries:
        reason = entry.history_change_reason or ""
        entry.who = entry.history_user or ""
        entry.why = reason
        if reason == LOADED:
            entry.who = _("the curated records")
            entry.why = _("Loaded from the curated records (fixtures/)")
        elif reason.startswith(IMPORT_PREFIX):
            symbol = reason[len(IMPORT_PREFIX) :].partition(":")[2]
            entry.why = _("Published from the import of %(symbol)s by %(user)s") % {
                "symbol": symbol or _("a report"),
                "user": entry.history_user or _("someone"),
            }
        elif reason.startswith(RESTORE_PREFIX):
            version = restored.get(int(reason[len(RESTORE_PREFIX) :]))
            entry.why = (
                _("Restored the version of %(when)s by %(user)s")
                % {
                    "when": date_format(
                        timezone.localtime(version.history_date), "DATETIME_FORMAT"
                    ),
                    "user": version.history_user or _("the curated records"),
                }
                if version
                else _("Restored an earlier version")
            )
    return entries
