"""Where each page's time goes: a profile of its requests, grouped by what the time is spent on.

Each page is requested through the whole middleware stack with Django's test client, page cache
and DEBUG off (as ``bench/inprocess.py`` measures it), under cProfile. The time of every
function (its own time, not including what it calls) is put into one group by where the
function lives: template rendering, translation, building model instances, SQL (the database
driver included), URL reversing, the project's own code, and the rest.

    DJANGO_SECRET_KEY=x python bench/profile_pages.py [/sessions/12/ ...] [--repeat 10]

It runs on the database of the environment (load the curated records first:
``python manage.py load_records``).
"""

import argparse
import cProfile
import os
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = ["/sessions/12/", "/documents/CWS/12/29/", "/decisions/", "/tasks/", "/tasks/67/"]
# (group, the path fragments of the functions that belong to it); the first match wins.
GROUPS = [
    (
        "template rendering",
        (
            "/django/template/",
            "/django/templatetags/",
            "/django/forms/",
            "/django/utils/html.py",
            "/django/utils/safestring.py",
            "/django/utils/formats.py",
            "/django/utils/dateformat.py",
        ),
    ),  # fmt: skip
    # lazy strings and the thread-locals that hold the active language
    (
        "translation",
        ("/django/utils/translation/", "/gettext.py", "/django/utils/functional.py", "/asgiref/"),
    ),  # fmt: skip
    ("URL reversing", ("/django/urls/",)),
    (
        "SQL (query building, driver)",
        ("/django/db/models/sql/", "/django/db/backends/", "sqlite3", "psycopg"),
    ),  # fmt: skip
    ("model instances, querysets", ("/django/db/models/",)),
    (
        "middleware, handlers",
        (
            "/django/core/handlers/",
            "/django/middleware/",
            "/django/contrib/",
            "/csp/",
            "/whitenoise/",
        ),
    ),  # fmt: skip
    (
        "the project's code",
        tuple(
            f"/{app}/" for app in ("records", "sessions", "standards", "tasks", "assistance", "cws")
        ),
    ),  # fmt: skip
]


def group_of(filename):
    if filename == "~":
        return "Python built-ins (getattr, isinstance, ...)"
    for name, fragments in GROUPS:
        if any(fragment in filename for fragment in fragments):
            return name
    return "other (Python, libraries)"


def profile(client, path, repeat):
    client.get(path)  # warm: templates compiled, connections open
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        response = client.get(path)
    profiler.disable()
    assert response.status_code == 200, (path, response.status_code)
    stats = pstats.Stats(profiler)
    groups, total = {}, 0.0
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():
        groups[group_of(filename)] = groups.get(group_of(filename), 0.0) + own
        total += own
    return total / repeat, groups, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", default=DEFAULT_PAGES)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cws.settings")
    os.environ.update(DJANGO_PAGE_CACHE="0", DJANGO_DEBUG="0", DJANGO_SECURE_SSL_REDIRECT="0")
    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    names = [name for name, _ in GROUPS]
    names += ["Python built-ins (getattr, isinstance, ...)", "other (Python, libraries)"]
    print("| page | ms per request (profiled) | " + " | ".join(names) + " |")
    print("|---|---:|" + "---:|" * len(names))
    for path in args.pages:
        per_request, groups, total = profile(client, path, args.repeat)
        shares = [f"{100 * groups.get(name, 0.0) / total:.0f}%" for name in names]
        print(f"| `{path}` | {1000 * per_request:.0f} | " + " | ".join(shares) + " |")


if __name__ == "__main__":
    main()
