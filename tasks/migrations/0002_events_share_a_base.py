"""History events share one abstract base (``sessions.events.DecisionEvent``): the same
reverse names on every subject, a session always given. The stored search vectors of this
app's tables (``records.search``), which a migration of cws_sessions used to add."""

import django.db.models.deletion
from django.db import migrations, models

from records.search import add_search_vector


class Migration(migrations.Migration):

    dependencies = [
        ('cws_sessions', '0006_records_version_moves_to_records'),
        ('tasks', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='taskevent',
            name='decision',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='%(class)ss', to='cws_sessions.decision', verbose_name='decision'),
        ),
        migrations.AlterField(
            model_name='taskevent',
            name='paragraph',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(class)ss', to='cws_sessions.paragraph', verbose_name='source paragraph'),
        ),
        migrations.AlterField(
            model_name='taskevent',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(class)ss', to='cws_sessions.session', verbose_name='session'),
        ),
        migrations.AlterField(
            model_name='taskforceevent',
            name='decision',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='%(class)ss', to='cws_sessions.decision', verbose_name='decision'),
        ),
        migrations.AlterField(
            model_name='taskforceevent',
            name='paragraph',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(class)ss', to='cws_sessions.paragraph', verbose_name='source paragraph'),
        ),
        migrations.AlterField(
            model_name='taskforceevent',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(class)ss', to='cws_sessions.session', verbose_name='session'),
        ),
        add_search_vector('tasks_task', ['description', 'note']),
        add_search_vector('tasks_taskforce', ['name', 'note']),
    ]
