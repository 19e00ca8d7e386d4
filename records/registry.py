"""Which apps hold records: every app whose AppConfig says ``holds_records = True``.

The kernel names no app: the cache signals, the backup and the role groups find the record
models here, so a new app of records is covered by declaring it in its own ``apps.py``.
"""

from django.apps import apps


def record_app_labels():
    return [
        config.label for config in apps.get_app_configs() if getattr(config, "holds_records", False)
    ]


def record_models():
    """Every model that holds records, their history and link tables included; not the records
    version, which is state of the page cache, not a record."""
    return [
        model
        for label in record_app_labels()
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]
