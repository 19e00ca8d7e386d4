"""Every page type, rendered in fr, es, ru, ar and zh-Hans, shows no English interface string
outside the record content (issue 14): each text a person reads or hears (text, title, labels,
placeholders, button values) is compared with the catalogue's English strings whose translation
differs; record text is marked lang="en" and left out. One render per page per language."""

import json

import lxml.html
import pytest
from django.urls import reverse
from django.utils import translation

from tests.i18n.catalogues import LANGUAGES
from tests.i18n.pages import (
    PAGES,
    STATUS,
    english_dates,
    english_left,
    html_element,
    in_language,
    readable_texts,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_english_interface_string_is_left(get, language, name):
    url = in_language(PAGES[name], language)
    html = get(url, STATUS.get(name, 200)).content.decode()
    assert html_element(html) == {
        "lang": language,
        "dir": "rtl" if language == "ar" else "ltr",
    }
    left = english_left(html, LANGUAGES[language]) + english_dates(html)
    assert left == [], f"{url}: English interface strings or dates (text, element):\n" + "\n".join(
        f"  {text!r} in {where}" for text, where in left
    )


def test_the_check_finds_the_english_of_an_english_page(get):
    """The same check on the English home page, as if it were a French page, finds its
    interface strings (so a page left in English fails)."""
    html = get("/").content.decode()
    assert html_element(html) == {"lang": "en", "dir": "ltr"}
    html = html.replace('<html lang="en"', '<html lang="fr"', 1)  # as if left in English
    left = {text for text, _ in english_left(html, "fr")}
    assert {"Skip to main content", "Tasks", "Decisions", "Search"} <= left
    assert "CWS Records" not in left  # the same in French
    assert english_dates(html)  # the session's dates
    # and a number in an English sentence with placeholders
    assert english_left('<html lang="fr"><body><p>12 paragraphs</p></body></html>', "fr") == [
        ("12 paragraphs", "p < body < html")
    ]


def test_a_bare_address_is_english_whatever_the_browser_asks(get):
    response = get("/sessions/12/", HTTP_ACCEPT_LANGUAGE="fr,ar;q=0.8")
    assert html_element(response.content.decode())["lang"] == "en"


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_language_switch_links_the_same_page_in_each_language(get, language):
    url = in_language("/decisions/?session=12&kind=approved", language)
    document = lxml.html.document_fromstring(get(url).content.decode())
    links = document.xpath("//body//a[@hreflang]")
    switch = {
        a.get("hreflang"): (a.get("href"), a.get("lang"), a.text_content().strip(), a)
        for a in links
    }
    assert switch == {
        code: (
            in_language("/decisions/", code) + "?session=12&kind=approved",
            code,
            name,
            switch[code][3],
        )
        for code, name in {
            "en": "English",
            "fr": "Français",
            "es": "Español",
            "ru": "Русский",
            "ar": "العربيّة",
            "zh-hans": "简体中文",
        }.items()
    }
    current = [a.get("hreflang") for a in links if a.get("aria-current") == "true"]
    assert current == [language]
    # the alternates in the head: the canonical page (no query) in each language, and x-default
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in document.xpath("//head/link[@rel='alternate'][@hreflang]")
    }
    assert alternates == {
        **{code: "http://testserver" + in_language("/decisions/", code) for code in switch},
        "x-default": "http://testserver/decisions/",
    }


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_record_text_is_marked_english(get, language):
    """The wording of decisions, the paragraphs of documents, agenda items' titles and the
    curators' notes are English text: inside a page in another language they carry lang="en"
    (screen readers switch voice)."""
    for url, text in [
        ("/sessions/12/", "The adopted agenda is published as document CWS/12/1"),
        ("/sessions/12/", "Recommendations on Blockchain"),  # an agenda item's title
        ("/documents/CWS/12/29/", "The CWS approved the creation of Task No. 67"),
        ("/sessions/12/", "approved the creation of Task No. 67"),
    ]:
        html = get(in_language(url, language)).content.decode()
        shown = [(lang, t) for t, _, lang in readable_texts(html) if text in t]
        assert shown, (url, text)
        assert {lang for lang, _ in shown} == {"en"}, (url, shown)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_search_works_in_every_language(get, language):
    html = get(in_language("/search/?q=sequence+listings", language)).content.decode()
    document = lxml.html.document_fromstring(html)
    hrefs = set(document.xpath("//main//a/@href"))
    assert {f"/{language}/tasks/44/", f"/{language}/standards/ST.26/"} <= hrefs
    assert document.xpath("//main//mark")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_admin_shows_no_english_interface_string(superuser_client, admin_url, language):
    """The admin in another language (Django's own strings and our models' labels): its index,
    the Tasks' list and a Task's form."""
    from tasks.models import Task

    task = Task.objects.get(number=67)
    with translation.override(language):  # reverse() gives the address in the active language
        addresses = [
            reverse("admin:index"),
            admin_url(Task, "changelist"),
            admin_url(Task, "change", task.pk),
        ]
    assert all(address.startswith(f"/{language}/admin/") for address in addresses), addresses
    left = {}
    for address in addresses:
        response = superuser_client.get(address)
        assert response.status_code == 200, address
        html = response.content.decode()
        assert html_element(html)["lang"] == language
        for text, where in english_left(html, LANGUAGES[language]):
            left.setdefault(address, []).append(f"{text!r} in {where}")
    assert left == {}, "English interface strings:\n" + json.dumps(left, indent=1)
