"""GIN indexes for full-text search on PostgreSQL.

They index exactly the expression the search filters on (``SearchVector(field,
config="english")``), so that PostgreSQL can use them; other databases have no such index and
search without one.
"""

from django.db import migrations

INDEXES = [
    ("decision_text_search", "cws_sessions_decision", "text"),
    ("paragraph_text_search", "cws_sessions_paragraph", "text"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, column in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (to_tsvector('english'::regconfig, COALESCE({column}, '')))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("cws_sessions", "0002_role_groups")]

    operations = [migrations.RunPython(create, drop)]
