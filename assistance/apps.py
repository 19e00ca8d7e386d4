from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssistanceConfig(AppConfig):
    name = "assistance"
    verbose_name = _("Technical assistance")
    default_auto_field = "django.db.models.BigAutoField"
    holds_records = True
