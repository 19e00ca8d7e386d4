"""The secretariat's two roles, as groups with model permissions on the records.

The groups are brought up to date after every ``migrate`` (and after a test database is
flushed), so a model added by a later migration is covered without a data migration of its own.
"""

from django.apps import apps as global_apps

from records.registry import record_app_labels

EDITORS = "Secretariat editors"
VIEWERS = "Read-only viewers"


def sync_role_groups(apps=global_apps):
    """Create or update both groups: editors add/change/delete/view every record model,
    viewers only view. Historical (audit) models are read through their record's history."""
    from django.contrib.auth.management import create_permissions

    labels = record_app_labels()
    # Permissions are normally created for each app in turn after migrate; make them all now.
    for label in labels:
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    record_perms = Permission.objects.filter(content_type__app_label__in=labels).exclude(
        content_type__model__startswith="historical"
    )
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    editors.permissions.set(record_perms)
    viewers.permissions.set(record_perms.filter(codename__startswith="view_"))


def sync_after_migrate(sender, apps=global_apps, using="default", **kwargs):
    """post_migrate receiver, connected to the records app's signal: once per migrate."""
    from django.db import router

    if router.allow_migrate_model(using, apps.get_model("auth", "Group")):
        sync_role_groups(apps)
