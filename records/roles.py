"""The secretariat's two roles, as groups with model permissions on the records.

The groups are brought up to date after every ``migrate`` (and after a test database is
flushed), so a model added by a later migration is covered without a data migration of its own.

Besides the records, editors may import reports (``IMPORT_MODELS``: upload, review, publish,
discard); viewers may not, and do not see drafts either: a draft is unreviewed text that is not
public yet, and viewers read the records, not the work in progress.
"""

from django.apps import apps as global_apps

from records.registry import record_app_labels

EDITORS = "Secretariat editors"
VIEWERS = "Read-only viewers"
# Models of the kernel (not records) whose permissions the editors have too.
IMPORT_MODELS = ("reportimport",)


def sync_role_groups(apps=global_apps):
    """Create or update both groups: editors add/change/delete/view every record model and
    import reports, viewers only view the records. Historical (audit) models are read through
    their record's history."""
    from django.contrib.auth.management import create_permissions

    labels = record_app_labels()
    # Permissions are normally created for each app in turn after migrate; make them all now.
    for label in [*labels, "records"]:
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    record_perms = Permission.objects.filter(content_type__app_label__in=labels).exclude(
        content_type__model__startswith="historical"
    )
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    import_perms = Permission.objects.filter(
        content_type__app_label="records", content_type__model__in=IMPORT_MODELS
    )
    editors.permissions.set(record_perms | import_perms)
    viewers.permissions.set(record_perms.filter(codename__startswith="view_"))


def sync_after_migrate(sender, apps=global_apps, using="default", **kwargs):
    """post_migrate receiver, connected to the records app's signal: once per migrate."""
    from django.db import router

    if router.allow_migrate_model(using, apps.get_model("auth", "Group")):
        sync_role_groups(apps)
