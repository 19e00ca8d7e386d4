from django.db import migrations

from sessions.roles import sync_role_groups


def create_groups(apps, schema_editor):
    sync_role_groups(apps)


def remove_groups(apps, schema_editor):
    from sessions.roles import EDITORS, VIEWERS

    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, VIEWERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("cws_sessions", "0001_initial"),
        ("standards", "0001_initial"),
        ("tasks", "0001_initial"),
        ("assistance", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
