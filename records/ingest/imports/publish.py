"""Publishing a reviewed draft, and discarding one.

Publishing is one transaction: the import's row is locked and must still be a draft; the
reviewed draft becomes records (``plan``), which the loader validates and writes
(``records.ingest.loader.load_objects``), with history entries that name the import and the
publisher; then the import is marked published, by whom and when. A validation error comes back
as ``PublishRefused`` naming the record and the field, and nothing at all is written.

Records that staff changed in the admin since they were last loaded or published are left as
they are (the loader's ``keep_staff_work``) unless the reviewer names them in ``overwrite``;
the import's ``result`` lists them, with who changed them and when.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from records.history import import_reason, is_load_or_import
from records.ingest.imports.plan import compare, fixture_records, plan
from records.ingest.imports.review import reviewed
from records.ingest.loader import RecordError, load_objects
from records.models import ImportStatus, ReportImport


class PublishRefused(ValueError):
    """Nothing was published; the message says why."""


def locked_draft(report_import):
    """The import's row, locked until the transaction ends; refused unless still a draft."""
    current = ReportImport.objects.select_for_update().get(pk=report_import.pk)
    if current.status != ImportStatus.DRAFT:
        raise PublishRefused(
            _("This import is already %(status)s: nothing was done.")
            % {"status": current.get_status_display()}
        )
    return current


def publish(report_import, user, overwrite=()):
    """Publish the reviewed draft (see the module docstring); the import, updated."""
    try:
        with transaction.atomic():
            current = locked_draft(report_import)
            comparison = compare(plan(reviewed(current)), current)
            records = fixture_records(comparison)
            result = load_objects(
                records,
                source=_("the import of %(symbol)s") % {"symbol": current.symbol},
                overwrite=overwrite,
                reason=import_reason(current),
                user=user,
                loads=is_load_or_import,
            )
            current.status = ImportStatus.PUBLISHED
            current.published_by = user
            current.published_at = timezone.now()
            current.result = {
                "counts": result.counts,
                "history_created": result.history_created,
                "kept": [
                    {
                        "key": kept.key,
                        "who": kept.who,
                        "when": kept.when.isoformat() if kept.when else None,
                        "deleted": kept.deleted,
                        "fields": [name for name, _wanted, _have in kept.differences],
                    }
                    for kept in result.kept
                ],
                "overwritten": result.overwritten,
                "missing": [name for _label, name in comparison.missing],
            }
            current._history_user = user
            current.save()
    except RecordError as error:
        raise PublishRefused(_("Nothing was published: %(error)s") % {"error": error}) from error
    return current


def discard(report_import, user):
    """Discard a draft: its file, draft and reviews are deleted; the import's line stays, with
    who discarded it and when. No record is touched."""
    with transaction.atomic():
        current = locked_draft(report_import)
        current.reviews.all().delete()
        current.file_data = b""
        current.draft = {}
        current.status = ImportStatus.DISCARDED
        current.discarded_by = user
        current.discarded_at = timezone.now()
        current._history_user = user
        current.save()
    return current
