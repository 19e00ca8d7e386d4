"""sitemap.xml lists every public page; robots.txt points at it and keeps crawlers out of the
admin."""

import pytest

from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_every_public_page(get):
    text = sitemap_text(get)
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


def test_robots_txt_keeps_crawlers_off_query_strings(get):
    """Filter, sort and page combinations are endless; the sitemap lists the canonical pages."""
    lines = get("/robots.txt").text.splitlines()
    assert "Disallow: /*?" in lines
    assert "Disallow: /search/" in lines


@pytest.mark.parametrize(
    "path, canonical",
    [
        ("/decisions/?kind=adopted&o=-session", "http://testserver/decisions/"),
        ("/tasks/?status=active", "http://testserver/tasks/"),
        ("/sessions/12/?x=1", "http://testserver/sessions/12/"),
    ],
)
def test_a_page_with_a_query_string_names_its_canonical_page_and_is_not_indexed(
    get, path, canonical
):
    text = get(path).text
    assert f'<link rel="canonical" href="{canonical}">' in text
    assert '<meta name="robots" content="noindex, follow">' in text


@pytest.mark.parametrize("path", ["/", "/decisions/", "/sessions/12/", "/tasks/67/"])
def test_a_canonical_page_names_itself_and_may_be_indexed(get, path):
    text = get(path).text
    assert f'<link rel="canonical" href="http://testserver{path}">' in text
    assert 'name="robots"' not in text


def test_the_sitemap_lists_a_record_added_after_it_was_first_read(get):
    """The sitemaps live as long as the process: each reading queries the records again."""
    from sessions.models import Session

    assert "http://testserver/sessions/98/</loc>" not in sitemap_text(get)
    Session.objects.create(number=98)
    assert "http://testserver/sessions/98/</loc>" in sitemap_text(get)
