"""Atom feeds, the iCalendar of sessions, sitemap.xml and robots.txt."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


def test_the_feed_of_all_decisions_links_each_entry_to_its_paragraph(client):
    feed, items = entries(client, "/feeds/decisions/")
    assert feed.find(f"{ATOM}title").text.startswith("CWS Records")
    assert len(items) == 100
    links = [e.find(f"{ATOM}link").get("href") for e in items]
    assert all("/documents/" in link and "#p" in link for link in links)
    assert all(e.find(f"{ATOM}updated").text for e in items)


@pytest.mark.parametrize(
    ("url", "paragraph"),
    [
        ("/feeds/sessions/12/", "/documents/CWS/12/29/#p146"),
        ("/feeds/tasks/67/", "/documents/CWS/12/29/#p146"),
        ("/feeds/standards/ST.92/", "/documents/CWS/12/29/#p80"),
    ],
)
def test_feeds_per_session_task_and_standard(client, url, paragraph):
    _, items = entries(client, url)
    assert any(e.find(f"{ATOM}link").get("href").endswith(paragraph) for e in items)


@pytest.mark.parametrize(
    "url", ["/feeds/tasks/99/", "/feeds/sessions/42/", "/feeds/standards/ST.0/"]
)
def test_feeds_of_unknown_records_are_404(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("url", "feed"),
    [
        ("/", "/feeds/decisions/"),
        ("/decisions/", "/feeds/decisions/"),
        ("/sessions/12/", "/feeds/sessions/12/"),
        ("/tasks/67/", "/feeds/tasks/67/"),
        ("/standards/ST.92/", "/feeds/standards/ST.92/"),
        ("/sessions/", "/calendar/sessions.ics"),
    ],
)
def test_pages_advertise_their_feed(client, url, feed):
    assert 'rel="alternate"' in client.get(url).content.decode()
    assert f'href="{feed}"' in client.get(url).content.decode()


def test_the_calendar_has_the_sessions_whose_dates_are_known(client):
    response = client.get("/calendar/sessions.ics")
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert text.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20240916" in text and "DTEND;VALUE=DATE:20240920" in text
    assert "DTSTART;VALUE=DATE:20231204" in text
    assert "URL:http://testserver/sessions/12/" in text


def test_the_sitemap_lists_every_public_page(client):
    text = client.get("/sitemap.xml").content.decode()
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


def test_robots_txt_points_at_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
