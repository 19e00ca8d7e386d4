"""Stored full-text vectors with GIN indexes on PostgreSQL, for decisions and paragraphs
(``records.search``); the expression indexes of 0003 are replaced. The other apps add the
vectors of their own tables in their own migrations."""

from django.db import migrations

from records.search import add_search_vector

OLD_INDEXES = ["decision_text_search", "paragraph_text_search"]


def drop_old_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in OLD_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("cws_sessions", "0004_records_version")]

    operations = [
        migrations.RunPython(drop_old_indexes, migrations.RunPython.noop),
        add_search_vector("cws_sessions_decision", ["text"]),
        add_search_vector("cws_sessions_paragraph", ["text", "heading"]),
    ]
