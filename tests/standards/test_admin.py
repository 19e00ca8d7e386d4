"""The admin of WIPO Standards: their history is edited inline."""

import pytest

from standards.models import Standard

pytestmark = pytest.mark.django_db


def test_standard_history_is_inline(superuser_client, get, admin_url):
    st92 = Standard.objects.get(code="ST.92")
    page = get(admin_url(Standard, "change", st92.pk)).text
    assert "events-TOTAL_FORMS" in page
