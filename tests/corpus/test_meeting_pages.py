"""A session's official meeting page is the address that its cited paragraph's document
prints: the address is in that document's source text (``fixtures/sources/``)."""

import pytest
from django.conf import settings

from sessions.models import Session

pytestmark = pytest.mark.django_db


def test_each_meeting_page_is_printed_in_the_source_of_its_cited_paragraph():
    sources = settings.RECORDS_FIXTURE_DIR / "sources"
    checked = []
    for session in (
        Session.objects.exclude(meeting_url="")
        .select_related("meeting_url_source__document")
        .order_by("number")
    ):
        assert session.meeting_url_source is not None, session
        document = session.meeting_url_source.document
        assert document.source_file, f"{session} cites {document}, which has no source text"
        text = (sources / document.source_file).read_text(encoding="utf-8")
        assert session.meeting_url in text, (session, document.source_file)
        checked.append(session.number)
    assert checked == [11, 12]
