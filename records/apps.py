from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    """The kernel every app of CWS Records uses, and that uses none of them: the natural-key
    base, dates with their precision, the records version, the admin base, the list view with
    its exports, the role groups, and the data pipeline (``records.ingest``).

    An app whose AppConfig says ``holds_records = True`` is an app of records: its models are
    backed up, bump the records version when they change, and are edited by the role groups.
    """

    name = "records"
    verbose_name = _("Records")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from records.roles import sync_after_migrate
        from records.version import connect_signals

        connect_signals()
        # Once per migrate (this app's signal); it makes the other apps' permissions itself.
        post_migrate.connect(sync_after_migrate, sender=self, dispatch_uid="records.roles")
