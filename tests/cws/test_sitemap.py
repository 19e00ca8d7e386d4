"""sitemap.xml lists every public page; robots.txt points at it and keeps crawlers out of the
admin."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_every_public_page(get):
    text = get("/sitemap.xml").text
    for path in (
        "/sessions/12/",
        "/sessions/12/work-program/",
        "/tasks/67/",
        "/standards/ST.92/",
        "/task-forces/ip-data-exchange/",
        "/documents/CWS/12/29/",
        "/surveys/ip-data-exchange-practices-2025/",
        "/technical-assistance/",
    ):
        assert f"http://testserver{path}</loc>" in text, path


def test_robots_txt_points_at_the_sitemap(get):
    text = get("/robots.txt").text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
