"""Natural order in the database: "CWS/12/2" before "CWS/12/10".

A ``NaturalSortKeyField`` is a stored column derived from another field, written so that the
database's plain text order is the natural one: each run of digits padded to a fixed width,
letters in lower case, everything else left out ("CWS/12/2 Corr." is kept as
"cws0000001200000002corr"). Ordering by it is done by the database, so pagination and every
query that orders by it follow the natural order. Keeping only digits and ASCII letters makes
the order the same on SQLite (binary) and PostgreSQL (whatever the collation).

The value is always derived from its source, whatever writes the row: a form, the admin,
``bulk_create``, or a fixture load (which saves "raw", without ``pre_save``): the field's
attribute on an instance computes it from the source. ``QuerySet.update()`` of the source
bypasses every model field's logic and would leave the key stale: save the instances instead.
"""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

NUMBER_WIDTH = 8
NUMBER = re.compile(r"\d+")
NOT_KEPT = re.compile(r"[^0-9a-z]")


def natural_sort_key(text):
    """ "CWS/12/2 Corr." -> "cws0000001200000002corr"."""
    padded = NUMBER.sub(lambda match: match.group().zfill(NUMBER_WIDTH), (text or "").lower())
    return NOT_KEPT.sub("", padded)


class DerivedKey:
    """The attribute of a ``NaturalSortKeyField`` on an instance: always the key of its source.
    A value set on it (by the model's constructor, from the database or a fixture) is kept
    where Django looks for loaded fields, and otherwise ignored."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return natural_sort_key(getattr(instance, self.field.source))

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = value


class NaturalSortKeyField(models.CharField):
    """A stored column that orders the field ``source`` naturally (see the module)."""

    def __init__(self, *args, source=None, **kwargs):
        self.source = source
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("verbose_name", _("sort key"))
        kwargs["editable"] = False
        kwargs["blank"] = True
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        for fixed in ("editable", "blank"):
            kwargs.pop(fixed, None)
        return name, path, args, kwargs

    def contribute_to_class(self, cls, name, *args, **kwargs):
        super().contribute_to_class(cls, name, *args, **kwargs)
        setattr(cls, self.attname, DerivedKey(self))
