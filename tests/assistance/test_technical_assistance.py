"""/technical-assistance/: the International Bureau's yearly reports side by side."""

import pytest

pytestmark = pytest.mark.django_db


def test_technical_assistance_page_puts_the_years_side_by_side(get):
    html = get("/technical-assistance/").text
    for year in ("2021", "2022", "2023"):
        assert f">{year}</th>" in html
    assert "IPOs using IP Office Business Solutions" in html
    assert "<svg" in html
