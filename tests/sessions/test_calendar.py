"""/calendar/sessions.ics: the sessions whose dates are known, as calendar events."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_calendar_has_the_sessions_whose_dates_are_known(get):
    response = get("/calendar/sessions.ics")
    assert response["Content-Type"].startswith("text/calendar")
    text = response.text
    assert text.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20240916" in text and "DTEND;VALUE=DATE:20240920" in text
    assert "DTSTART;VALUE=DATE:20231204" in text
    assert "URL:http://testserver/sessions/12/" in text
