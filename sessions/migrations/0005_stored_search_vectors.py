"""Stored full-text vectors with GIN indexes, on PostgreSQL.

Each searchable table gets a ``search_vector`` column that PostgreSQL computes from the text
fields search covers (``GENERATED ALWAYS ... STORED``: kept current by every insert and update,
whatever writes it), and a GIN index on it. Search matches and ranks on the stored vector, so
no request re-parses the texts. The models do not declare the column (SQLite has no
``tsvector``); ``cws/search.py`` refers to it on PostgreSQL only. The expression indexes of
0003 are replaced.

A later migration that changes the type of one of these text columns has to drop the vector
first (PostgreSQL refuses to alter a column a generated column uses).
"""

from django.db import migrations

# table: the text columns its vector covers (what cws/search.py searches)
VECTORS = {
    "cws_sessions_decision": ["text"],
    "cws_sessions_paragraph": ["text", "heading"],
    "tasks_task": ["description", "note"],
    "tasks_taskforce": ["name", "note"],
    "standards_standard": ["code", "title", "note"],
    "assistance_activity": ["title", "description"],
}
OLD_INDEXES = {
    "decision_text_search": ("cws_sessions_decision", "text"),
    "paragraph_text_search": ("cws_sessions_paragraph", "text"),
}


def document(columns):
    return " || ' ' || ".join(f"COALESCE({column}, '')" for column in columns)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in OLD_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for table, columns in VECTORS.items():
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('english'::regconfig, {document(columns)})) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX {table}_search_vector ON {table} USING gin (search_vector)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in VECTORS:
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN search_vector")
    for name, (table, column) in OLD_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX {name} ON {table} "
            f"USING gin (to_tsvector('english'::regconfig, COALESCE({column}, '')))"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cws_sessions", "0004_records_version"),
        ("tasks", "0001_initial"),
        ("standards", "0001_initial"),
        ("assistance", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
