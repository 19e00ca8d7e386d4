"""A record's page (``records/views.py``, ``RecordDetailView``) for an identifier that names no
record is a 404 that says what was asked for, with ways on from there."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/tasks/99/", "There is no Task No. 99 in the records."),
        ("/sessions/42/", "There is no session CWS/42 in the records."),
        ("/standards/ST.999/", "There is no WIPO Standard ST.999 in the records."),
        ("/documents/CWS/99/1/", "There is no document CWS/99/1 in the records."),
        ("/task-forces/nothing/", "There is no Task Force"),
        ("/sessions/42/work-program/", "There is no session CWS/42 in the records."),
        ("/no-such-page/", "There is no page at this address."),
    ],
)
def test_unknown_records_get_a_helpful_404(get, settings, url, message):
    settings.DEBUG = False
    html = get(url, status=404).text
    assert message in html
    assert 'href="/tasks/"' in html  # ways on from here


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/tasks/999/", "There is no Task No. 999 in the records."),
        ("/standards/ST.0/", "There is no WIPO Standard ST.0 in the records."),
        ("/sessions/99/", "There is no session CWS/99 in the records."),
        ("/task-forces/nothing/", "There is no Task Force “nothing” in the records."),
        ("/surveys/nothing/", "There is no survey “nothing” in the records."),
        ("/documents/NO/SUCH/", "There is no document NO/SUCH in the records."),
        ("/sessions/99/work-program/", "There is no session CWS/99 in the records."),
    ],
)
def test_the_404_of_a_missing_record_names_what_was_asked(get, settings, url, message):
    settings.DEBUG = False
    html = get(url, status=404).text
    assert f'<p class="lead">{message}</p>' in html
    assert "There is no page at this address." not in html  # not the 404 of an unknown address
