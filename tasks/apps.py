from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TasksConfig(AppConfig):
    name = "tasks"
    verbose_name = _("Tasks, Task Forces and progress reports")
    default_auto_field = "django.db.models.BigAutoField"
    holds_records = True
