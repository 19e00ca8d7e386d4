"""/surveys/<slug>/: each result table of a survey with a bar chart."""

import pytest

pytestmark = pytest.mark.django_db


def test_survey_page_has_each_table_with_a_bar_chart(get):
    html = get("/surveys/ip-data-exchange-practices-2025/").text
    assert "WIPO Standards used" in html and "<svg" in html
    assert html.count("<table") == 7
