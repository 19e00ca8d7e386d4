from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    """The kernel every app of CWS Records uses, and that uses none of them: the natural-key
    base, dates with their precision, the records version, the admin base, the list view with
    its exports, the role groups, and the data pipeline (``records.ingest``)."""

    name = "records"
    verbose_name = _("Records")
    default_auto_field = "django.db.models.BigAutoField"
