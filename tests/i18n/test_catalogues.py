"""The message catalogues are complete (issue 14): in fr, es, ru, ar and zh-Hans every message is
translated, none is fuzzy, every plural form is filled, each translation has the placeholders of
its English text, and the catalogues hold exactly the messages the templates and code mark."""

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.i18n.catalogues import LANGUAGES, LOCALE, ROOT, placeholders, plural_count, read

LOCALES = list(LANGUAGES.values())


def test_there_is_a_catalogue_for_each_language_and_no_other():
    found = sorted(p.parent.parent.name for p in LOCALE.glob("*/LC_MESSAGES/django.po"))
    assert found == sorted(LOCALES)


@pytest.mark.parametrize("locale_dir", LOCALES)
def test_every_message_is_translated_and_none_is_fuzzy(locale_dir):
    entries, _ = read(locale_dir)
    assert len(entries) > 500  # the reader read the file
    assert [str(e) for e in entries if not e.translated] == []
    assert [str(e) for e in entries if "fuzzy" in e.flags] == []


@pytest.mark.parametrize("locale_dir", LOCALES)
def test_every_plural_form_is_filled(locale_dir):
    entries, header = read(locale_dir)
    forms = plural_count(header)
    plurals = [e for e in entries if e.msgid_plural]
    assert plurals, "the catalogue has messages with plural forms"
    wrong = [
        (str(e), len(e.msgstr)) for e in plurals if len(e.msgstr) != forms or not all(e.msgstr)
    ]
    assert wrong == [], f"each needs {forms} non-empty forms"


@pytest.mark.parametrize("locale_dir", LOCALES)
def test_each_translation_has_the_placeholders_of_its_english_text(locale_dir):
    """A placeholder the English lacks would raise an error when the page is rendered; one left
    out loses a name or a number. (Each plural form has the placeholders of msgid_plural.)"""
    entries, _ = read(locale_dir)
    wrong = []
    for entry in entries:
        english = entry.msgid_plural or entry.msgid
        if not (placeholders(entry.msgid) or placeholders(english)):
            continue
        assert "python-format" in entry.flags, f"{entry}: has placeholders but no python-format"
        for form, msgstr in enumerate(entry.msgstr):
            source = entry.msgid if form == 0 and not entry.msgid_plural else english
            if placeholders(msgstr) != placeholders(source):
                wrong.append((str(entry), form, placeholders(source), placeholders(msgstr)))
    assert wrong == []


def _msgfmt_statistics(path):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", os.devnull, str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )
    assert result.returncode == 0, result.stderr
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", result.stderr):
        counts[kind] = int(number)
    return counts


needs_gettext = pytest.mark.skipif(
    shutil.which("msgfmt") is None or shutil.which("xgettext") is None,
    reason="GNU gettext (msgfmt, xgettext) is not installed: apt-get install gettext "
    "(.ci/run and scripts/system-deps.sh install it)",
)


@needs_gettext
@pytest.mark.parametrize("locale_dir", LOCALES)
def test_gettext_reads_the_catalogue_as_the_test_does(locale_dir):
    """msgfmt --check accepts the catalogue (formats, plural header) and counts what the reader
    of these tests counts."""
    entries, _ = read(locale_dir)
    counts = _msgfmt_statistics(LOCALE / locale_dir / "LC_MESSAGES" / "django.po")
    assert counts == {
        "translated": sum(e.translated and "fuzzy" not in e.flags for e in entries),
        "fuzzy": sum("fuzzy" in e.flags for e in entries),
        "untranslated": sum(not e.translated for e in entries),
    }


def _keys(entries):
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in entries}


def _describe(keys):
    return sorted(
        (f"[{ctx}] " if ctx else "") + msgid + (f" / {plural}" if plural else "")
        for ctx, msgid, plural in keys
    )


@needs_gettext
def test_the_catalogues_hold_exactly_the_messages_of_the_templates_and_code(tmp_path):
    """makemessages, run on a copy of the project, finds the messages the catalogues hold: none
    missing (a string shown in English) and none left over. (After changing a marked string:
    ``python manage.py makemessages -a --no-obsolete``, then translate.)"""
    tree = tmp_path / "tree"
    shutil.copytree(
        ROOT,
        tree,
        symlinks=True,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "node_modules", "docs", "staticfiles", "__pycache__", "*.mo"
        ),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-obsolete"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "DJANGO_SECRET_KEY": "makemessages-only", "PYTHONPATH": str(tree)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    made = _keys(read.__wrapped__(tree / "locale" / "fr")[0])
    for locale_dir in LOCALES:
        held = _keys(read(locale_dir)[0])
        assert {
            "missing from the catalogue": _describe(made - held),
            "no longer in the templates or code": _describe(held - made),
        } == {"missing from the catalogue": [], "no longer in the templates or code": []}, (
            locale_dir
        )
