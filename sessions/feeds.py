"""Atom feeds of decisions: all, per session, per Task, per Standard.

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
from django.utils.translation import gettext as _

from sessions.models import Decision, Session
from standards.models import Standard
from tasks.models import Task

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
        queryset = self.decisions(obj).select_related(
            "session", "agenda_item", "paragraph__document"
        )
        return with_updated(queryset).order_by(
            "-session__number", "-paragraph__number", "-ordinal"
        )[:FEED_SIZE]

    def item_title(self, decision):
        return f"{decision.session} — {decision.get_kind_display()} ({decision.citation})"

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


class SessionDecisionFeed(DecisionFeed):
    def get_object(self, request, number):
        session = Session.objects.filter(number=number).first()
        if session is None:
            raise Http404(
                _("There is no session CWS/%(number)s in the records.") % {"number": number}
            )
        return session

    def title(self, session):
        return _("CWS Records: decisions of %(session)s") % {"session": session}

    def link(self, session):
        return session.get_absolute_url()

    def decisions(self, session):
        return Decision.objects.filter(session=session)


class TaskDecisionFeed(DecisionFeed):
    def get_object(self, request, number):
        task = Task.objects.filter(number=number).first()
        if task is None:
            raise Http404(_("There is no Task No. %(number)s in the records.") % {"number": number})
        return task

    def title(self, task):
        return _("CWS Records: decisions concerning %(task)s") % {"task": task}

    def link(self, task):
        return task.get_absolute_url()

    def decisions(self, task):
        return Decision.objects.filter(tasks=task).distinct()


class StandardDecisionFeed(DecisionFeed):
    def get_object(self, request, code):
        standard = Standard.objects.filter(code=code).first()
        if standard is None:
            raise Http404(_("There is no WIPO Standard %(code)s in the records.") % {"code": code})
        return standard

    def title(self, standard):
        return _("CWS Records: decisions concerning %(code)s") % {"code": standard.code}

    def link(self, standard):
        return standard.get_absolute_url()

    def decisions(self, standard):
        return Decision.objects.filter(standards=standard).distinct()
