"""Rules that keep history events consistent with the decision that caused them."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def check_event_provenance(event):
    """An event taken by a decision cites that decision's paragraph and session."""
    if not event.decision_id:
        if not event.paragraph_id:
            raise ValidationError({"paragraph": _("Cite the paragraph this event comes from.")})
        return
    errors = {}
    if event.paragraph_id and event.decision.paragraph_id != event.paragraph_id:
        errors["paragraph"] = _("Cite the paragraph of the decision.")
    if event.session_id != event.decision.session_id:
        errors["session"] = _("The session must be the decision's session.")
    if errors:
        raise ValidationError(errors)


class DecisionEventMixin:
    """History events that a decision may have caused: their identity includes it."""

    @property
    def decision_ordinal(self):
        return self.decision.ordinal if self.decision_id else None

    def clean(self):
        check_event_provenance(self)
