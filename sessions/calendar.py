"""The sessions as an iCalendar file: one all-day event per session whose dates are known."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from sessions.models import Session


def sessions_ics(request):
    calendar = Calendar()
    calendar.add("prodid", "-//CWS Records//Sessions of the Committee on WIPO Standards//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Sessions of the Committee on WIPO Standards (CWS)")
    stamp = timezone.now()
    for session in Session.objects.filter(start_date__isnull=False).order_by("number"):
        event = Event()
        event.add("uid", f"cws-{session.number}@cws-records")
        event.add("summary", f"{session}: session of the Committee on WIPO Standards")
        event.add("dtstart", session.start_date)
        # DTEND of an all-day event is the day after the last day
        event.add("dtend", (session.end_date or session.start_date) + datetime.timedelta(days=1))
        event.add("dtstamp", stamp)
        if session.city:
            event.add("location", session.city)
        event.add("url", request.build_absolute_uri(session.get_absolute_url()))
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="cws-sessions.ics"'
    return response
