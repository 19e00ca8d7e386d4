"""Formerly created the role groups. They are now brought up to date after every migrate by
the records app (``records.roles``), so this migration does nothing; it stays so that the
migration history of existing databases is unchanged."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("cws_sessions", "0001_initial"),
    ]

    operations = []
