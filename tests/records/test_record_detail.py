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
