"""The message catalogues (locale/*/LC_MESSAGES/django.po), read as gettext reads them.

A small reader of the PO format (polib is not a dependency): each entry's context, msgid,
msgid_plural, msgstr (or msgstr[n]) and flags ("fuzzy", "python-format"); obsolete entries
(``#~``) and the header are left out. ``test_catalogues`` checks this reader against
``msgfmt --statistics`` where gettext is installed.
"""

import ast
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"

# The interface languages other than English: URL prefix -> locale directory.
LANGUAGES = {"fr": "fr", "es": "es", "ru": "ru", "ar": "ar", "zh-hans": "zh_Hans"}

# Placeholders Python's %-formatting and Django's blocktranslate fill in.
# ("%%", a literal percent sign, is not one.)
PLACEHOLDER = re.compile(r"(?<!%)%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[sdifrxXeEgGc]")


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=list)  # one string, or one per plural form
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def translated(self):
        return bool(self.msgstr) and all(self.msgstr)

    def __str__(self):
        context = f" (context {self.msgctxt!r})" if self.msgctxt else ""
        return f"line {self.line}: {self.msgid!r}{context}"


def _string(text, path, number):
    """A PO string literal ("..." with C escapes) as Python text."""
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"{path}:{number}: not a string: {text}")
    # PO escapes are C's, a subset of Python's; the text is UTF-8 already.
    return ast.literal_eval(text)


@cache
def read(locale_dir):
    """The entries of locale/<locale_dir>/LC_MESSAGES/django.po, and its header (a dict)."""
    path = LOCALE / locale_dir / "LC_MESSAGES" / "django.po"
    entries, entry, flags, key = [], None, set(), None

    def finish():
        nonlocal entry, flags
        if entry is not None:
            entries.append(entry)
        entry, flags = None, set()

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue  # obsolete: not used by gettext
        if line.startswith("#,"):
            finish()
            flags = {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            value = _string(line, path, number)
            if key == "msgstr":
                entry.msgstr[-1] += value
            else:
                setattr(entry, key, getattr(entry, key) + value)
            continue
        keyword, _, rest = line.partition(" ")
        value = _string(rest, path, number)
        if keyword in ("msgctxt", "msgid") and (entry is None or entry.msgstr):
            kept_flags = flags
            finish()
            entry, flags = Entry(msgid="", flags=kept_flags, line=number), set()
        if keyword == "msgctxt":
            entry.msgctxt, key = value, "msgctxt"
        elif keyword == "msgid":
            entry.msgid, key = value, "msgid"
        elif keyword == "msgid_plural":
            entry.msgid_plural, key = value, "msgid_plural"
        elif keyword == "msgstr" or keyword.startswith("msgstr["):
            entry.msgstr.append(value)
            key = "msgstr"
        else:
            raise ValueError(f"{path}:{number}: unknown keyword {keyword}")
    finish()
    header_entry = next(e for e in entries if e.msgid == "" and e.msgctxt is None)
    header = dict(
        line.split(": ", 1) for line in header_entry.msgstr[0].splitlines() if ": " in line
    )
    return [e for e in entries if e is not header_entry], header


def plural_count(header):
    """How many plural forms the catalogue's Plural-Forms header declares."""
    match = re.search(r"nplurals\s*=\s*(\d+)", header.get("Plural-Forms", ""))
    assert match, f"no nplurals in Plural-Forms: {header.get('Plural-Forms')!r}"
    return int(match.group(1))


def placeholders(text):
    """The placeholders of a python-format string, as a sorted list."""
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


# What a placeholder stands for on a page: a number (in the digits and separators of any of the
# languages) or a short text (a name, a code).
NUMBER = r"[\d\s.,\u00a0\u202f\u066b\u066c]+"
COUNT_NAMES = re.compile(r"%\((?:count|counter|number|num|n|total)\)")


def _filled(placeholder):
    if placeholder[-1] in "di" or COUNT_NAMES.match(placeholder):
        return NUMBER
    return ".{1,60}?"


def _words(text):
    return " ".join(text.split())


@cache
def english_strings(locale_dir):
    """The English interface strings a page in this language must not show: each msgid (and
    msgid_plural) whose translation differs from it, whitespace collapsed. Returns (exact,
    patterns): the strings without placeholders, and a regular expression for each one with
    placeholders (each placeholder stands for some text)."""
    entries, _ = read(locale_dir)
    exact, patterns = set(), []
    for entry in entries:
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        for source in sources:
            english = _words(source)
            if all(_words(msgstr) == english for msgstr in entry.msgstr):
                continue  # the same in this language ("CWS", "ST.26", "API", "—")
            if "python-format" in entry.flags and placeholders(source):
                parts = PLACEHOLDER.split(english)
                if len(re.sub(r"\W", "", "".join(parts))) < 3:
                    continue  # "%(a)s: %(b)s": no English word in it
                pattern = re.escape(parts[0])
                for placeholder, part in zip(PLACEHOLDER.findall(english), parts[1:], strict=True):
                    pattern += _filled(placeholder) + re.escape(part)
                patterns.append((english, re.compile(pattern.replace("%%", "%"))))
            else:
                exact.add(english.replace("%%", "%") if "python-format" in entry.flags else english)
    return exact, patterns
