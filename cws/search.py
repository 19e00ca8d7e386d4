"""Search across decisions, paragraphs, Tasks, Standards, Task Forces, activities, and what
progress reports found and plan (their findings and work-plan milestones).

On PostgreSQL it is full-text search (``websearch`` syntax, ranked, highlighted by the
database) on the vectors each table stores and indexes (``records.search``; each app's
migration says which columns its vectors cover); elsewhere every word must appear
(case-insensitive) and results are ranked by how often the words occur. Highlighting escapes
the text first, so stored markup never reaches the page as markup.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from assistance.models import Activity
from records.search import StoredVector
from sessions.models import Decision, Paragraph
from standards.models import Standard
from tasks.models import Milestone, ReportItem, Task, TaskForce

START, STOP = "\x02", "\x03"
MAX_QUERY = 200
PER_SECTION = 20


@dataclass
class Hit:
    title: str
    url: str
    snippet: str
    citation: object = None


@dataclass
class Section:
    key: str
    label: str
    hits: list
    total: int


def highlight(text, words):
    """``text`` escaped, with the query's words marked by <mark>."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in words), flags=re.IGNORECASE)
    parts, position = [], 0
    for match in pattern.finditer(text):
        parts += [
            escape(text[position : match.start()]),
            "<mark>",
            escape(match.group()),
            "</mark>",
        ]
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


def marked(headline):
    """A database headline (with START/STOP around the matches) as safe HTML."""
    return mark_safe(escape(headline).replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308


def excerpt_around(text, words, size=40):
    """A window of ``text`` around the first matching word."""
    lowered = text.lower()
    positions = [lowered.find(w.lower()) for w in words if w and lowered.find(w.lower()) >= 0]
    tokens = text.split()
    if not positions:
        return Truncator(text).words(size)
    start_word = len(text[: min(positions)].split())
    begin = max(0, start_word - size // 3)
    window = " ".join(tokens[begin : begin + size])
    return ("… " if begin else "") + window + (" …" if begin + size < len(tokens) else "")


# What each section searches: model queryset, the text fields, and how a hit is shown.
SOURCES = [
    (
        "decisions",
        _("Decisions"),
        lambda: Decision.objects.select_related("session", "paragraph__document"),
        ["text"],
        "text",
        lambda d: (f"{d.session} — {d.outcome}", d.get_absolute_url(), d.paragraph),
    ),
    (
        "tasks",
        _("Tasks"),
        lambda: Task.objects.select_related("task_force"),
        ["description", "task_force__name", "note"],
        "description",
        lambda t: (
            t.display_name + (f" — {t.task_force}" if t.task_force else ""),
            t.get_absolute_url(),
            None,
        ),
    ),
    (
        "standards",
        _("WIPO Standards"),
        lambda: Standard.objects.all(),
        ["code", "title", "note"],
        "title",
        lambda s: (str(s), s.get_absolute_url(), None),
    ),
    (
        "task_forces",
        _("Task Forces"),
        lambda: TaskForce.objects.all(),
        ["name", "note"],
        "note",
        lambda tf: (tf.name, tf.get_absolute_url(), None),
    ),
    (
        "activities",
        _("Technical-assistance activities"),
        lambda: Activity.objects.select_related("report", "paragraph__document"),
        ["title", "description"],
        "description",
        lambda a: (f"{a.title} ({a.report.year})", a.paragraph.get_absolute_url(), a.paragraph),
    ),
    (
        "report_items",
        _("What progress reports found and plan"),
        lambda: ReportItem.objects.select_related(
            "report__document", "report__task_force", "paragraph__document"
        ),
        ["heading", "text"],
        "text",
        lambda i: (
            f"{i.report.document.symbol} — {i.get_kind_display()}",
            i.get_absolute_url(),
            i.paragraph,
        ),
    ),
    (
        "milestones",
        _("Work-plan milestones"),
        lambda: Milestone.objects.select_related(
            "report__document", "report__task_force", "paragraph__document"
        ),
        ["description"],
        "description",
        lambda m: (
            f"{m.report.document.symbol} — {m.when or m.description[:40]}",
            m.get_absolute_url(),
            m.paragraph,
        ),
    ),
    (
        "paragraphs",
        _("Paragraphs of the documents"),
        lambda: Paragraph.objects.select_related("document"),
        ["text", "heading"],
        "text",
        lambda p: (str(p), p.get_absolute_url(), p),
    ),
]


def clean_query(raw):
    text = (raw or "").replace("\x00", " ")[:MAX_QUERY]
    return " ".join(text.split())


def search(raw_query):
    query = clean_query(raw_query)
    if not query:
        return query, []
    words = re.findall(r"\w+", query)
    if connection.vendor == "postgresql":
        return query, [postgres_section(source, query, words) for source in SOURCES]
    return query, [simple_section(source, words) for source in SOURCES]


def matching(queryset, search_query, *alternatives):
    """The rows whose stored vector matches (what the GIN index on it answers), or that meet
    one of ``alternatives``."""
    condition = Q(search=search_query)
    for alternative in alternatives:
        condition |= alternative
    return queryset.annotate(search=StoredVector()).filter(condition)


# A Task is also found by the name and note of its Task Force.
ALSO_THROUGH = {"tasks": ("task_force", TaskForce)}


def postgres_section(source, query, words):
    key, label, queryset, fields, shown, describe = source
    search_query = SearchQuery(query, search_type="websearch", config="english")
    alternatives = []
    if key in ALSO_THROUGH:
        relation, model = ALSO_THROUGH[key]
        related = matching(model.objects.all(), search_query).values("pk")
        alternatives.append(Q(**{f"{relation}__in": related}))
    matches = matching(queryset(), search_query, *alternatives).annotate(
        rank=SearchRank(F("search"), search_query)
    )
    total = matches.count()
    hits = matches.annotate(
        headline=SearchHeadline(
            shown,
            search_query,
            config="english",
            start_sel=START,
            stop_sel=STOP,
            max_words=40,
            min_words=15,
        )
    ).order_by("-rank", "pk")[:PER_SECTION]
    results = []
    for obj in hits:
        title, url, citation = describe(obj)
        snippet = marked(obj.headline) if obj.headline else highlight(title, words)
        results.append(Hit(title=title, url=url, snippet=snippet, citation=citation))
    return Section(key, label, results, total)


def simple_section(source, words):
    key, label, queryset, fields, shown, describe = source
    condition = Q()
    for word in words[:10]:
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": word})
        condition &= any_field
    matches = queryset().filter(condition) if words else queryset().none()
    scored = []
    for obj in matches:
        text = getattr(obj, shown) or ""
        score = sum(text.lower().count(w.lower()) for w in words)
        scored.append((score, obj))
    scored.sort(key=lambda pair: (-pair[0], pair[1].pk))
    results = []
    for _score, obj in scored[:PER_SECTION]:
        title, url, citation = describe(obj)
        text = getattr(obj, shown) or title
        results.append(
            Hit(
                title=title,
                url=url,
                snippet=highlight(excerpt_around(text, words), words),
                citation=citation,
            )
        )
    return Section(key, label, results, len(scored))
