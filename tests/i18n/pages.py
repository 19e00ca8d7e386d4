"""Every page type of the public site, and how to read what a page in another language shows."""

import re
from functools import cache

import lxml.html

from tests.i18n.catalogues import PLACEHOLDER, english_strings

# Page type -> its English (bare) address; in another language: "/fr" + address.
PAGES = {
    "home": "/",
    "session-list": "/sessions/",
    "session": "/sessions/12/",
    "work-program": "/sessions/12/work-program/",
    "decision-list": "/decisions/",
    "decision-list-filtered": "/decisions/?session=12&kind=approved",
    "decision": "/decisions/CWS/12/29/80/1/",
    "document-list": "/documents/",
    "document": "/documents/CWS/12/29/",
    "task-list": "/tasks/",
    "task": "/tasks/67/",
    "task-force-list": "/task-forces/",
    "task-force": "/task-forces/ip-data-exchange/",
    "standard-list": "/standards/",
    "standard": "/standards/ST.26/",
    "technical-assistance": "/technical-assistance/",
    "survey": "/surveys/ip-data-exchange-practices-2025/",
    "office": "/offices/Japan Patent Office/",
    "search": "/search/?q=sequence+listings",
    "not-found": "/tasks/99/",
}
STATUS = {"not-found": 404}

# Attributes whose text a person sees or hears: tooltips, labels, placeholders, image text.
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "aria-description")
UNSEEN = {"script", "style", "template", "noscript"}
# Punctuation around an interface string ("Sessions:", "(CSV)", "· Tasks").
AROUND = " \t\n:;,.·|()[]{}«»\"'“”‘’—–-→←↑↓…/"


def in_language(url, language):
    return url if language == "en" else f"/{language}{url}"


def _words(text):
    return " ".join(text.split())


def _language_of(element):
    """The language an element's text is in: its own or its nearest ancestor's lang."""
    while element is not None:
        lang = element.get("lang")
        if lang is not None:
            return lang.lower()
        element = element.getparent()
    return ""


def _where(element):
    """A short description of an element for a failure message: tag, id, classes, ancestors."""
    parts = []
    while element is not None and len(parts) < 4:
        if isinstance(element.tag, str):
            name = element.tag
            if element.get("id"):
                name += "#" + element.get("id")
            elif element.get("class"):
                name += "." + ".".join(element.get("class").split())
            parts.append(name)
        element = element.getparent()
    return " < ".join(parts)


def readable_texts(html):
    """(text, element, language) for each text a person reads or hears on the page: text nodes
    outside scripts and styles (the <title> included), and the attributes of READ_ATTRIBUTES,
    the description and the value of buttons."""
    document = lxml.html.document_fromstring(html)
    found = []
    for element in document.iter():
        if not isinstance(element.tag, str):  # comments, processing instructions
            continue
        parent = element.getparent()
        if element.tag not in UNSEEN and (element.tag != "head"):
            in_head = any(a.tag == "head" for a in element.iterancestors())
            if element.text and (not in_head or element.tag == "title"):
                found.append((element.text, element, _language_of(element)))
        if element.tail and parent is not None and parent.tag not in UNSEEN | {"head", "html"}:
            found.append((element.tail, parent, _language_of(parent)))
        for attribute in READ_ATTRIBUTES:
            if element.get(attribute):
                found.append((element.get(attribute), element, _language_of(element)))
        if element.tag == "input" and element.get("type") in ("submit", "button", "reset"):
            found.append((element.get("value") or "", element, _language_of(element)))
        if element.tag == "meta" and element.get("name") == "description":
            found.append((element.get("content") or "", element, _language_of(element)))
    return [(_words(text), element, lang) for text, element, lang in found if text.strip()]


@cache
def _english(locale_dir):
    """The English strings of ``english_strings``: a set, one pattern for those with
    placeholders (a quick first test), and each of them with the length of its English words."""
    exact, patterns = english_strings(locale_dir)
    combined = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in patterns))
    fixed = [(pattern, len(PLACEHOLDER.sub("", english))) for english, pattern in patterns]
    return exact, combined, fixed


def _is_english(text, locale_dir):
    """Whether ``text`` is one of the English strings: one without placeholders, or one with
    placeholders whose English words make at least half of the text ("3 paragraphs", not a
    sentence of a record that happens to end in "paragraph")."""
    exact, combined, fixed = _english(locale_dir)
    if text in exact:
        return True
    if not combined.fullmatch(text):
        return False
    return any(pattern.fullmatch(text) and 2 * words >= len(text) for pattern, words in fixed)


def english_left(html, locale_dir):
    """The English interface strings a page in the language of ``locale_dir`` shows outside
    record content (elements marked lang="en"): [(text, where)]."""
    left = []
    for text, element, lang in readable_texts(html):
        if lang == "en" or lang.startswith("en-"):
            continue
        if any(_is_english(candidate, locale_dir) for candidate in {text, text.strip(AROUND)}):
            left.append((text, _where(element)))
    return left


# English month names: a date left in English format ("16 September 2024", "Sep. 2024").
ENGLISH_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?\s*\d"
    r"|\d\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)


def english_dates(html):
    """Dates written with an English month name outside record text: [(text, where)]."""
    return [
        (text, _where(element))
        for text, element, lang in readable_texts(html)
        if not (lang == "en" or lang.startswith("en-")) and ENGLISH_MONTH.search(text)
    ]


def html_element(html):
    """The attributes of the page's <html> element."""
    match = re.search(r"<html\b([^>]*)>", html)
    assert match, "no <html> element"
    return dict(re.findall(r'(\w[\w-]*)="([^"]*)"', match.group(1)))
