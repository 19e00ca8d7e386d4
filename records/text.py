"""Comparing curated wording with source paragraphs."""

import re

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def normalize(text):
    """Fold white space and typographic quotes so that wording can be compared."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def contains_wording(paragraph_text, wording):
    return normalize(wording) in normalize(paragraph_text)
