"""The records version moves to the records app (the kernel). Its one row is copied over, so
that the page cache keeps its version, and the old table goes."""

from django.db import migrations


def copy_version(apps, schema_editor):
    Old = apps.get_model("cws_sessions", "RecordsVersion")
    New = apps.get_model("records", "RecordsVersion")
    for row in Old.objects.all():
        New.objects.update_or_create(pk=row.pk, defaults={"number": row.number})
        # update() leaves changed_at as given (a save would stamp it now)
        New.objects.filter(pk=row.pk).update(changed_at=row.changed_at)


def copy_back(apps, schema_editor):
    Old = apps.get_model("cws_sessions", "RecordsVersion")
    New = apps.get_model("records", "RecordsVersion")
    for row in New.objects.all():
        Old.objects.update_or_create(pk=row.pk, defaults={"number": row.number})
        Old.objects.filter(pk=row.pk).update(changed_at=row.changed_at)


class Migration(migrations.Migration):
    dependencies = [
        ("cws_sessions", "0005_stored_search_vectors"),
        ("records", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(copy_version, copy_back),
        migrations.DeleteModel(name="RecordsVersion"),
    ]
