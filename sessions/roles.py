"""The secretariat's two roles, as groups with model permissions on the records."""

RECORD_APPS = ("cws_sessions", "standards", "tasks", "assistance")
EDITORS = "Secretariat editors"
VIEWERS = "Read-only viewers"


def sync_role_groups(apps):
    """Create or update both groups: editors add/change/delete/view every record model,
    viewers only view. Historical (audit) models are read through their record's history."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after the last migration; make them now.
    for label in RECORD_APPS:
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    record_perms = Permission.objects.filter(content_type__app_label__in=RECORD_APPS).exclude(
        content_type__model__startswith="historical"
    )
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    editors.permissions.set(record_perms)
    viewers.permissions.set(record_perms.filter(codename__startswith="view_"))
