"""The change of wording between two Task descriptions, word by word."""

import difflib
import re

TOKEN = re.compile(r"\s+|[^\s]+")


def word_diff(old, new):
    """[(op, text)] with op "same", "removed" or "added", for showing with <del>/<ins>."""
    a, b = TOKEN.findall(old or ""), TOKEN.findall(new or "")
    segments = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            segments.append(("same", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(("removed", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(("added", "".join(b[j1:j2])))
    return segments
