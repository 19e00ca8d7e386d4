"""The API of technical-assistance activities and figures (``assistance/api.py``)."""

import pytest

pytestmark = pytest.mark.django_db


def test_figure_and_activity_fields(api):
    figures = api("/api/figures/?metric=ipos_using_business_solutions")["results"]
    assert [(f["report_year"], f["value"]) for f in figures] == [(2021, 90), (2022, 91), (2023, 91)]
    assert api("/api/activities/?year=2021&kind=training")["count"] > 0
