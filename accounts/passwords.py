"""Password rules beyond Django's (AUTH_PASSWORD_VALIDATORS in cws/settings.py).

- ``ContextWordsValidator``: no password containing the user's name, username or e-mail
  address parts, or a word of this site (``PASSWORD_CONTEXT_WORDS``: the Committee's and the
  site's names). ``editor3editor3`` for the user ``editor3`` is refused.
- ``BreachedPasswordValidator``: no password that is, or is built on, a password exposed in
  breaches, checked offline against two lists that ship with packages we install: Django's
  20,000 common passwords (BSD licence) and zxcvbn's 30,000 most frequent passwords of leaked
  password corpora (MIT licence). "Built on" means the word left after taking away digits and
  symbols at either end and undoing common letter swaps (``Summer2024!!`` is ``summer``).
  zxcvbn's estimate of the guesses needed, given the context words, must also reach
  10^8 ("safely unguessable", score 3), which refuses keyboard walks, dates and repeats.

No rule asks for particular kinds of characters (ASVS 6.2.5): length and guessability only.
"""

import functools
import gzip
import re
from pathlib import Path

import django.contrib.auth
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
MIN_SCORE = 3


def context_words(user=None):
    """The words a password may not contain: this site's, and the user's own."""
    words = {w.lower() for w in settings.PASSWORD_CONTEXT_WORDS}
    if user is not None:
        for attribute in ("username", "first_name", "last_name", "email"):
            value = str(getattr(user, attribute, "") or "").lower()
            if len(value) >= 3:
                words.add(value.split("@")[0])
            words.update(part for part in re.split(r"[\W_]+", value) if len(part) >= 3)
    words.discard("com")
    words.discard("org")
    return sorted(words, key=len, reverse=True)


class ContextWordsValidator:
    def validate(self, password, user=None):
        lowered = password.lower()
        for word in context_words(user):
            if word in lowered or word in lowered.translate(LEET):
                raise ValidationError(
                    _(
                        "This password contains “%(word)s”, which is easy to guess here (your "
                        "name, username or e-mail address, or the name of this site)."
                    ),
                    code="password_has_context_word",
                    params={"word": word},
                )

    def get_help_text(self):
        return _(
            "Your password can’t contain your name, username or e-mail address, or the name of "
            "this site."
        )


@functools.cache
def breached():
    """The offline list: Django's common passwords and zxcvbn's leaked-password frequencies."""
    django_list = Path(django.contrib.auth.__file__).parent / "common-passwords.txt.gz"
    with gzip.open(django_list, "rt", encoding="utf-8") as lines:
        words = {line.strip().lower() for line in lines if line.strip()}
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    passwords = FREQUENCY_LISTS["passwords"]
    if isinstance(passwords, str):
        passwords = passwords.split(",")
    words.update(word.lower() for word in passwords)
    return frozenset(words)


def stem(password):
    """``Summer2024!!`` -> ``summer``: the word a password is built on."""
    core = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", password.lower())
    return core.translate(LEET) if core else ""


class BreachedPasswordValidator:
    def validate(self, password, user=None):
        words = breached()
        lowered = password.lower()
        if lowered in words or lowered.translate(LEET) in words:
            raise ValidationError(
                _("This password is in a list of passwords exposed in data breaches."),
                code="password_breached",
            )
        base = stem(password)
        if base in words or base.rstrip("s") in words:
            raise ValidationError(
                _(
                    "This password is a password exposed in data breaches (“%(word)s”) with "
                    "digits or symbols added."
                ),
                code="password_breached_stem",
                params={"word": base},
            )
        from zxcvbn import zxcvbn

        estimate = zxcvbn(password[:100], user_inputs=context_words(user))
        if estimate["score"] < MIN_SCORE:
            hint = estimate["feedback"].get("warning") or ""
            raise ValidationError(
                _("This password is too easy to guess. %(hint)s"),
                code="password_guessable",
                params={"hint": hint},
            )

    def get_help_text(self):
        return _(
            "Your password can’t be, or be built on, a password exposed in data breaches, and "
            "must not be easy to guess."
        )
