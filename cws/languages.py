"""The interface languages in addresses: English at the bare address (``/sessions/12/``), the
others under their prefix (``/fr/sessions/12/``). One page in every language is the same
address with another prefix (the URL patterns themselves are not translated)."""

from django.conf import settings
from django.urls import get_script_prefix
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language, get_language_info
from django.utils.translation.trans_real import language_code_prefix_re


def unprefixed(path):
    """The address without its language prefix: "/fr/sessions/12/" -> "/sessions/12/"."""
    match = language_code_prefix_re.match(path)
    if match and match[1] in dict(settings.LANGUAGES):
        return path[len(match[1]) + 1 :] or "/"
    return path


def in_language(path, language):
    """The same page in another language: "/sessions/12/", "fr" -> "/fr/sessions/12/"."""
    path = unprefixed(path)
    return path if language == settings.LANGUAGE_CODE else f"/{language}{path}"


def alternates(request):
    """The current page in each interface language, for the language switch (with the query
    string: the same filters) and the hreflang links (without: the canonical page)."""
    prefix = get_script_prefix().rstrip("/")
    query = request.META.get("QUERY_STRING", "")
    current = get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        path = prefix + escape_uri_path(in_language(request.path_info, code))  # spaces: %20
        languages.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "href": f"{path}?{query}" if query else path,
                "url": request.build_absolute_uri(path),
                "current": code == current,
            }
        )
    return languages
