"""The interface in six languages: the language is the address's prefix (English at the bare
address), each page names and links its versions in the others, and what machines read (the
API, the exports) is the same in every language."""

import lxml.html
import pytest

from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "es", "ru", "ar", "zh-hans"]


def page(response):
    return lxml.html.fromstring(response.content)


def in_language(path, code):
    return path if code == "en" else f"/{code}{path}"


def test_a_prefixed_page_is_in_its_language(get):
    response = get("/fr/sessions/12/")
    html = page(response)
    assert html.get("lang") == "fr"
    assert html.get("dir") == "ltr"
    assert response["Content-Language"] == "fr"
    nav = html.xpath("//nav[contains(@class, 'main-nav')]//a")
    assert [a.text for a in nav][:3] == ["Sessions", "Décisions", "Tâches"]
    assert nav[1].get("href") == "/fr/decisions/"
    # the section the page is in is marked in every language
    assert nav[0].get("aria-current") == "page"


def test_arabic_pages_are_right_to_left(get):
    html = page(get("/ar/tasks/67/"))
    assert (html.get("lang"), html.get("dir")) == ("ar", "rtl")


def test_the_bare_address_is_english_whatever_the_browser_asks(get):
    response = get("/sessions/12/", HTTP_ACCEPT_LANGUAGE="fr,ar;q=0.8")
    html = page(response)
    assert (html.get("lang"), html.get("dir")) == ("en", "ltr")
    assert [a.text for a in html.xpath("//nav[contains(@class, 'main-nav')]//a")][1] == "Decisions"
    # the page does not depend on Accept-Language, so it does not say it varies on it
    assert "accept-language" not in response.get("Vary", "").lower()


def test_the_language_switch_links_the_same_page_in_each_language(get):
    html = page(get("/fr/decisions/?kind=noted"))
    links = html.xpath("//nav[contains(@class, 'languages')]//a")
    assert [a.get("hreflang") for a in links] == LANGUAGES
    assert [a.get("href") for a in links] == [
        in_language("/decisions/", code) + "?kind=noted" for code in LANGUAGES
    ]
    # each language named in itself, in its own language
    assert [a.get("lang") for a in links] == LANGUAGES
    assert [a.text_content() for a in links] == [
        "English",
        "Français",
        "Español",
        "Русский",
        "العربيّة",
        "简体中文",
    ]
    assert [a.get("aria-current") for a in links] == [None, "true", None, None, None, None]
    # plain links: no form, nothing that sets a cookie
    assert not html.xpath("//nav[contains(@class, 'languages')]//form")


def test_every_page_names_its_versions_in_the_six_languages(get):
    html = page(get("/zh-hans/tasks/67/"))
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in html.xpath("//head/link[@rel='alternate'][@hreflang]")
    }
    expected = {code: "http://testserver" + in_language("/tasks/67/", code) for code in LANGUAGES}
    expected["x-default"] = "http://testserver/tasks/67/"
    assert alternates == expected
    assert html.xpath("//link[@rel='canonical']")[0].get("href") == (
        "http://testserver/zh-hans/tasks/67/"
    )


def test_the_sitemap_lists_each_page_in_each_language_with_its_alternates(get):
    text = sitemap_text(get)
    assert "<loc>http://testserver/ar/sessions/12/</loc>" in text
    assert "<loc>http://testserver/zh-hans/standards/ST.92/</loc>" in text
    for code in ["fr", "x-default"]:
        href = "http://testserver" + in_language(
            "/tasks/67/", "en" if code == "x-default" else code
        )
        assert f'<xhtml:link rel="alternate" hreflang="{code}" href="{href}"/>' in text
    # the API's documentation is in no language
    assert "<loc>http://testserver/api/docs/</loc>" in text
    assert "/fr/api/" not in text


def test_the_api_gives_codes_not_labels_whatever_the_language(api, get):
    english = api("/api/decisions/?session=12&kind=noted")
    asked_in_french = api("/api/decisions/?session=12&kind=noted", HTTP_ACCEPT_LANGUAGE="fr")
    assert asked_in_french == english
    assert english["results"]
    assert {row["kind"] for row in english["results"]} == {"noted"}
    task = api("/api/tasks/67/", HTTP_ACCEPT_LANGUAGE="ar")
    assert task["status"] in {"active", "in_abeyance", "completed", "discontinued", None}
    assert task["url"] == "http://testserver/tasks/67/"
    # the API has no language prefix
    get("/fr/api/tasks/67/", status=404)


def test_the_page_cache_keeps_languages_apart(get):
    english = get("/sessions/12/")
    french = get("/fr/sessions/12/")
    assert (english["X-Page-Cache"], french["X-Page-Cache"]) == ("miss", "miss")
    assert english["ETag"] != french["ETag"]
    again = get("/sessions/12/", HTTP_ACCEPT_LANGUAGE="fr")
    assert again["X-Page-Cache"] == "hit"
    assert page(again).get("lang") == "en"
    assert again.content == english.content
    french_again = get("/fr/sessions/12/")
    assert french_again["X-Page-Cache"] == "hit"
    assert page(french_again).get("lang") == "fr"


def test_the_admin_in_another_language_is_never_cached(get):
    response = get("/fr/admin/login/")
    assert "X-Page-Cache" not in response
    assert page(response).get("lang") == "fr"


def test_task_and_annex_labels_are_translated_on_pages(get):
    task = page(get("/fr/tasks/67/"))
    assert task.xpath("//h1")[0].text_content() == "Tâche n° 67"
    found = get("/fr/search/?q=twinning").text
    assert (
        '<a class="citation" href="/fr/documents/CWS/13/14/#annex-p10">CWS/13/14 Annexe ¶10</a>'
        in found
    )
    assert (
        page(get("/ar/tasks/")).xpath("//tbody//th//a")[0].text_content().startswith("المهمة رقم")
    )


def test_exports_are_the_same_in_every_language(get):
    for path in ["/tasks/?format=csv", "/decisions/?session=12&format=csv", "/tasks/?format=json"]:
        english = get(path).content
        for code in ["fr", "ar"]:
            assert get(f"/{code}{path}").content == english, (code, path)
    csv = get("/fr/decisions/?session=12&format=csv").text
    assert "http://testserver/decisions/CWS/12/" in csv
    assert "/fr/" not in csv


def test_one_english_word_gets_the_translation_its_meaning_needs(get):
    """ "adopted" is what the Committee did to a decision and what a Standard is."""
    decisions = get("/fr/decisions/?kind=adopted").text
    assert "a adopté" in decisions
    standard = page(get("/fr/standards/ST.92/"))
    assert "adoptée" in standard.xpath("//main")[0].text_content()


def test_record_text_inside_a_page_in_another_language_says_it_is_english(get):
    html = page(get("/fr/decisions/CWS/12/29/146/1/"))
    wording = html.xpath("//main//blockquote")[0]
    assert wording.get("lang") == "en"


def test_search_and_errors_in_another_language(get):
    found = page(get("/ru/search/?q=twinning"))
    assert found.get("lang") == "ru"
    assert found.xpath("//main//mark")
    missing = page(get("/es/no-such-page/", status=404))
    assert missing.get("lang") == "es"
    assert missing.xpath("//h1")[0].text_content() != "Not found"


def test_the_switch_and_the_alternates_escape_the_address(get):
    """An office's address holds spaces: the links to it in other languages are valid URLs."""
    text = get("/offices/Japan%20Patent%20Office/").text
    assert 'href="/fr/offices/Japan%20Patent%20Office/"' in text
    assert 'href="http://testserver/ar/offices/Japan%20Patent%20Office/"' in text
    assert 'Japan Patent Office/"' not in text
