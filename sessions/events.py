"""What a session did to a Task, a Standard or a Task Force: one abstract base for the history
events of every subject (``tasks.TaskEvent``, ``standards.StandardEvent``,
``tasks.TaskForceEvent``).

An event says what happened (``kind``, defined by each subject's vocabulary), at which session,
which paragraph records it, and which decision caused it, if one did. An event caused by a
decision cites that decision's paragraph and session, so a decision's page can list what it did
and a subject's timeline can link to the decision.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from records.models import NaturalKeyModel, RecordQuerySet, note_field
from sessions.models import cite, source_paragraph

# After the subject's own key: what makes an event unique and citable.
EVENT_KEY = (
    "kind",
    "paragraph__document__symbol",
    "paragraph__part",
    "paragraph__number",
    "decision__ordinal",
)


def event_constraints(prefix, subject):
    """One event of a kind per subject, paragraph and decision (or per paragraph, undecided)."""
    return [
        models.UniqueConstraint(
            fields=[subject, "kind", "paragraph", "decision"], name=f"{prefix}_unique"
        ),
        models.UniqueConstraint(
            fields=[subject, "kind", "paragraph"],
            condition=models.Q(decision__isnull=True),
            name=f"{prefix}_unique_undecided",
        ),
    ]


class EventQuerySet(RecordQuerySet):
    def timeline(self):
        """Events in the order of the sessions and paragraphs, with what a timeline shows."""
        return self.select_related(
            "session", "decision__paragraph__document", "paragraph__document"
        ).order_by("session__number", "paragraph__number", "pk")

    def for_citation(self):
        return self.select_related(self.model.SUBJECT, "decision")


class DecisionEvent(NaturalKeyModel):
    """Something a session did to a subject, with the paragraph that records it.

    Subclasses add the subject (a foreign key), ``kind`` with their vocabulary, and their
    ``NATURAL_KEY`` (the subject's key, then ``EVENT_KEY``). The reverse names are the model's
    name in the plural: ``paragraph.taskevents``, ``decision.standardevents``.
    """

    session = models.ForeignKey(
        "cws_sessions.Session",
        on_delete=models.PROTECT,
        related_name="%(class)ss",
        verbose_name=_("session"),
    )
    decision = models.ForeignKey(
        "cws_sessions.Decision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)ss",
        verbose_name=_("decision"),
    )
    paragraph = source_paragraph("%(class)ss")
    note = note_field()
    history = HistoricalRecords(inherit=True)

    objects = EventQuerySet.as_manager()
    # The name of the subject's foreign key ("task", "standard", "task_force").
    SUBJECT = ""

    class Meta:
        abstract = True

    @property
    def subject(self):
        return getattr(self, self.SUBJECT)

    def get_absolute_url(self):
        return f"{self.subject.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        """An id for the event on its subject's page: "created-cws-12-29-146", and
        "referenced-cws-12-29-82-2" for the second decision of a paragraph (two decisions of
        one paragraph can do the same to one subject)."""
        ordinal = self.decision.ordinal if self.decision_id else 1
        suffix = f"-{ordinal}" if ordinal > 1 else ""
        return f"{self.kind.replace('_', '-')}-{self.paragraph.slug}{suffix}"

    @property
    def cited(self):
        """What the event cites: its decision ("CWS/12/29 ¶82 (2)"), or its paragraph."""
        return cite(self.paragraph, self.decision.ordinal if self.decision_id else 1)

    def clean(self):
        """An event taken by a decision cites that decision's paragraph and session."""
        if not self.decision_id:
            if not self.paragraph_id:
                raise ValidationError({"paragraph": _("Cite the paragraph this event comes from.")})
            return
        errors = {}
        if self.paragraph_id and self.decision.paragraph_id != self.paragraph_id:
            errors["paragraph"] = _("Cite the paragraph of the decision.")
        if self.session_id != self.decision.session_id:
            errors["session"] = _("The session must be the decision's session.")
        if errors:
            raise ValidationError(errors)
