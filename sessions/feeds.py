"""Atom feeds of the Committee's decisions: all, and per session (the Tasks and Standards apps
add theirs on ``DecisionFeed``).

Only decisions: what was only proposed to the Committee is not in a feed of its decisions.
Decisions carry no date of their own; an entry is dated by the last change of its record (the
history kept by django-simple-history), and the session's last day is given as its published date.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from sessions.models import Decision, Session

FEED_SIZE = 100


def with_updated(queryset):
    latest = (
        Decision.history.model.objects.filter(id=OuterRef("pk"))
        .order_by("-history_date")
        .values("history_date")[:1]
    )
    return queryset.annotate(updated=Subquery(latest))


class DecisionFeed(Feed):
    feed_type = Atom1Feed
    title = _("CWS Records: decisions of the Committee on WIPO Standards")
    subtitle = _("Every decision, cited to the paragraph that records it.")

    def link(self, obj=None):
        return reverse("decision_list")

    def decisions(self, obj):
        return Decision.objects.all()

    def items(self, obj=None):
        queryset = (
            self.decisions(obj)
            .decided()
            .select_related("session", "agenda_item", "paragraph__document")
        )
        return with_updated(queryset).order_by(
            "-session__number", "-paragraph__number", "-ordinal"
        )[:FEED_SIZE]

    def item_title(self, decision):
        return f"{decision.session} — {decision.outcome} ({decision.citation})"

    def item_description(self, decision):
        return decision.text

    def item_link(self, decision):
        return decision.paragraph.get_absolute_url()

    def item_guid(self, decision):
        return f"cws-records:decision:{decision.citation}"

    item_guid_is_permalink = False

    def item_pubdate(self, decision):
        day = decision.session.end_date or decision.session.start_date
        if day is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))

    def item_updateddate(self, decision):
        return decision.updated

    def item_categories(self, decision):
        return [decision.get_kind_display()]


class SubjectDecisionFeed(DecisionFeed):
    """The decisions concerning one record: a session, a Task, a Standard.

    ``model`` and ``lookup`` find the record from the address, ``relation`` is the decisions'
    lookup that names it, ``not_found`` the 404 message and ``title_format`` the feed's title
    (``%(subject)s`` is the record).
    """

    model = None
    lookup = ""
    relation = ""
    not_found = ""
    title_format = _("CWS Records: decisions concerning %(subject)s")

    def get_object(self, request, **kwargs):
        value = kwargs[self.lookup]
        subject = self.model.objects.filter(**{self.lookup: value}).first()
        if subject is None:
            raise Http404(self.not_found % {"value": value})
        return subject

    def title(self, subject):
        return self.title_format % {"subject": subject}

    def link(self, subject):
        return subject.get_absolute_url()

    def decisions(self, subject):
        return Decision.objects.filter(**{self.relation: subject}).distinct()


class SessionDecisionFeed(SubjectDecisionFeed):
    model = Session
    lookup = "number"
    relation = "session"
    not_found = _("There is no session CWS/%(value)s in the records.")
    title_format = _("CWS Records: decisions of %(subject)s")
