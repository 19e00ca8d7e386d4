"""Search covers what progress reports found and plan: stored vectors (``records.search``)."""

from django.db import migrations

from records.search import add_search_vector


class Migration(migrations.Migration):
    dependencies = [("tasks", "0002_events_share_a_base")]

    operations = [
        add_search_vector("tasks_reportitem", ["heading", "text"]),
        add_search_vector("tasks_milestone", ["description"]),
    ]
