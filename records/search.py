"""Stored full-text vectors on PostgreSQL, for the tables that search covers.

Each searchable table gets a ``search_vector`` column that PostgreSQL computes from the text
columns search covers (``GENERATED ALWAYS ... STORED``: kept current by every insert and update,
whatever writes it) and a GIN index on it; search matches and ranks on the stored vector, so no
request re-parses the texts. Models do not declare the column (SQLite has no ``tsvector``);
``StoredVector`` names it in a query, on PostgreSQL only. Each app adds the vectors of its own
tables in its own migrations, with ``add_search_vector``.

A later migration that changes the type of one of these text columns has to drop the vector
first (PostgreSQL refuses to alter a column a generated column uses).
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import migrations
from django.db.models import Expression


def _document(columns):
    return " || ' ' || ".join(f"COALESCE({column}, '')" for column in columns)


def add_search_vector(table, columns):
    """A migration operation: the stored vector of ``columns`` and its GIN index on ``table``
    (PostgreSQL only; nothing elsewhere). Safe to run where they already exist."""

    def forward(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED "
            f"ALWAYS AS (to_tsvector('english'::regconfig, {_document(columns)})) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_vector ON {table} USING gin (search_vector)"
        )

    def backward(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")

    return migrations.RunPython(forward, backward)


class StoredVector(Expression):
    """The ``search_vector`` column of the query's own table (PostgreSQL only), on whatever
    alias the table has in the query, a subquery's included."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        return f"{compiler.quote_name_unless_alias(compiler.query.base_table)}.search_vector", []
