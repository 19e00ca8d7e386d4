"""The Atom feed of the decisions concerning a Task."""

from django.utils.translation import gettext_lazy as _

from sessions.feeds import SubjectDecisionFeed
from tasks.models import Task


class TaskDecisionFeed(SubjectDecisionFeed):
    model = Task
    lookup = "number"
    relation = "tasks"
    not_found = _("There is no Task No. %(value)s in the records.")

    def title(self, task):
        return self.title_format % {"subject": task.display_name}
