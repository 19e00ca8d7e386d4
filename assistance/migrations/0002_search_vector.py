"""The stored search vector of activities (``records.search``), which a migration of
cws_sessions used to add."""

from django.db import migrations

from records.search import add_search_vector


class Migration(migrations.Migration):
    dependencies = [("assistance", "0001_initial")]

    operations = [add_search_vector("assistance_activity", ["title", "description"])]
