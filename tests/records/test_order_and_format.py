"""Natural order and formatting (issue 10, ¶11): sessions by number and document symbols in
numeric order wherever they are listed (by the database, so that pagination follows), numbers
with thousands separators, dates as people read them and machine-readable in ``<time>``."""

import re

import pytest

from sessions.models import Document, Session
from tests import factories
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


def numbers(symbols, position):
    """The number at ``position`` of each "CWS/12/10"-like symbol."""
    return [int(re.match(r"\d+", symbol.split("/")[position]).group()) for symbol in symbols]


def document_links(html, prefix="/documents/CWS/12/"):
    return re.findall(rf'<a href="{re.escape(prefix)}[^"]*">(CWS/12/[^<]+)</a>', html)


def options(html, name):
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, flags=re.DOTALL)
    assert select, name
    return [value for value in re.findall(r'<option value="([^"]*)"', select.group(1)) if value]


@pytest.fixture
def late_session():
    """A session recorded after the others, numbered before them: last by primary key."""
    factories.synthetic_session(9)


def test_sessions_are_in_number_order_everywhere(get, api, late_session):
    expected = sorted(Session.objects.values_list("number", flat=True))
    assert expected[0] == 9 and Session.objects.order_by("pk").last().number == 9
    for url, name in [
        ("/decisions/", "session"),
        ("/documents/", "session"),
        ("/tasks/", "session"),
        ("/standards/", "latest_session"),
    ]:
        assert [int(v) for v in options(get(url).text, name)] == expected, url
    assert [s["number"] for s in api("/api/sessions/")["results"]] == expected
    sitemap = sitemap_text(get)
    # the English pages (the sitemap lists each page in every language, one after the other)
    assert [int(n) for n in re.findall(r"testserver/sessions/(\d+)/</loc>", sitemap)] == expected
    listed = re.findall(r'<th scope="row"><a href="/sessions/(\d+)/">', get("/sessions/").text)
    assert [int(n) for n in listed] == expected


def test_document_symbols_are_in_numeric_order(get, api):
    symbols = list(Document.objects.filter(session__number=12).values_list("symbol", flat=True))
    assert {"CWS/12/2", "CWS/12/10"} <= set(symbols)
    # the list, the session's page, the API's list and the session's documents in the API
    shown = document_links(get("/documents/?session=12").text)
    assert sorted(shown) != shown  # not in the order of the characters
    assert numbers(shown, 2) == sorted(numbers(shown, 2)) and len(shown) == len(symbols)
    assert shown.index("CWS/12/1") < shown.index("CWS/12/1 PROV.3") < shown.index("CWS/12/2")
    assert shown.index("CWS/12/9 Rev.") < shown.index("CWS/12/10")
    session_page = get("/sessions/12/").text
    documents = session_page[session_page.index('id="documents-heading"') :]
    assert document_links(documents) == shown
    assert [d["symbol"] for d in api("/api/documents/?session=12")["results"]] == shown
    assert api("/api/sessions/12/")["documents"] == shown
    sitemap = sitemap_text(get)
    assert re.findall(r"testserver/documents/(CWS/12/\d+)/</loc>", sitemap) == [
        s for s in shown if re.fullmatch(r"CWS/12/\d+", s)
    ]


def test_pages_of_documents_follow_the_numeric_order(get):
    factories.documents(60, start=1)  # ZZSYN/1 to ZZSYN/60
    first = get("/documents/?q=zzsyn").text
    second = get("/documents/?q=zzsyn&page=2").text
    pattern = r'<a href="/documents/ZZSYN/(\d+)/">'
    assert [int(n) for n in re.findall(pattern, first)] == list(range(1, 51))
    assert [int(n) for n in re.findall(pattern, second)] == list(range(51, 61))


def test_a_renamed_document_takes_its_new_place(get):
    (document,) = factories.documents(1, start=100)
    factories.documents(11, start=1)
    document.symbol = "ZZSYN/9A"
    document.save()
    shown = re.findall(r'<a href="/documents/(ZZSYN/[^/]+)/">', get("/documents/?q=zzsyn").text)
    assert shown == [
        f"ZZSYN/{n}" for n in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "9A", "10", "11"]
    ]


def test_large_numbers_have_thousands_separators(get):
    html = get("/technical-assistance/").text
    figures = html[html.index('id="figures"') : html.index("</table>", html.index('id="figures"'))]
    assert ">22,221</a>" in figures and ">10,280</a>" in figures and ">1,293</a>" in figures
    assert "22221" not in figures
    assert ">2023</th>" in figures  # years are not numbers to group


def test_result_counts_have_thousands_separators(get):
    factories.decisions(1001, marker="zzthousand")
    html = get("/decisions/?q=zzthousand").text
    assert "1,001 results" in html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "/sessions/12/",
            [("2024-09-16", "September 16"), ("2024-09-19", "September 19, 2024")],
        ),
        (
            "/sessions/",
            [("2024-09-16", "September 16"), ("2024-09-19", "September 19, 2024")],
        ),
        ("/", [("2024-09-16", "September 16"), ("2024-09-19", "September 19, 2024")]),
        (
            "/task-forces/ip-data-exchange/",
            [("2025-12", "December 2025"), ("2026-01", "January 2026")],
        ),
    ],
)
def test_dates_are_written_out_and_machine_readable(get, url, expected):
    html = get(url).text
    for machine, human in expected:
        assert f'<time datetime="{machine}">{human}</time>' in html, (url, machine)


def test_every_date_shown_is_in_a_time_element(get):
    """Activities, documents, Standard events: a written date is a <time> with its value."""
    month_names = (
        "January|February|March|April|May|June|July|August|September|October|November|December"
    )
    written = re.compile(rf"(?<![\w>])({month_names})( \d{{1,2}},)? \d{{4}}(?!</time>)")
    for url in (
        "/technical-assistance/",
        "/standards/ST.26/",
        "/surveys/ip-data-exchange-practices-2025/",
        "/task-forces/ip-data-exchange/",
    ):
        html = get(url).text
        main = html[html.index("<main") : html.index("</main>")]
        # dates inside quoted text (descriptions, paragraphs) and curators' notes are words
        main = re.sub(r"<blockquote.*?</blockquote>", "", main, flags=re.DOTALL)
        main = re.sub(r'<p class="note">.*?</p>', "", main, flags=re.DOTALL)
        # plain text: titles, descriptions (record text, marked lang="en")
        main = re.sub(r'<td(?: lang="en")?>[^<]*</td>', "", main)
        outside = [m.group(0) for m in written.finditer(main)]
        assert "<time datetime=" in main, url
        assert outside == [], (url, outside[:5])
