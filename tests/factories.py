"""Small builders for records that tests need beyond the curated ones."""

import itertools

from django.contrib.auth.models import Group, User

from sessions.models import Decision, Document, Paragraph, Session
from sessions.roles import EDITORS, VIEWERS

_numbers = itertools.count(1)


def user(role=None, **extra):
    """A staff user in the given role ("editor", "viewer"), or a superuser for role="superuser"."""
    n = next(_numbers)
    if role == "superuser":
        return User.objects.create_superuser(f"admin{n}", f"admin{n}@example.org", "pw")
    account = User.objects.create_user(
        f"{role or 'user'}{n}", password="pw", is_staff=True, **extra
    )
    if role in ("editor", "viewer"):
        account.groups.add(Group.objects.get(name=EDITORS if role == "editor" else VIEWERS))
    return account


def document_with_paragraphs(count, *, marker="zzmarker", session_number=90):
    session, _ = Session.objects.get_or_create(number=session_number)
    document = Document.objects.create(
        symbol=f"TEST/{session_number}/{next(_numbers)}", kind="working_document", session=session
    )
    paragraphs = Paragraph.objects.bulk_create(
        Paragraph(document=document, number=i + 1, text=f"The CWS noted item {i + 1} {marker}.")
        for i in range(count)
    )
    return document, paragraphs


def decisions(count, *, marker="zzmarker"):
    document, paragraphs = document_with_paragraphs(count, marker=marker)
    return Decision.objects.bulk_create(
        Decision(
            session=document.session,
            paragraph=p,
            kind="noted",
            text=f"The CWS noted item {p.number} {marker}.",
        )
        for p in paragraphs
    )
