"""The Atom feed of the decisions concerning a WIPO Standard."""

from django.utils.translation import gettext_lazy as _

from sessions.feeds import SubjectDecisionFeed
from standards.models import Standard


class StandardDecisionFeed(SubjectDecisionFeed):
    model = Standard
    lookup = "code"
    relation = "standards"
    not_found = _("There is no WIPO Standard %(value)s in the records.")

    def title(self, standard):
        return self.title_format % {"subject": standard.code}
