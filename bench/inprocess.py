"""The CPU cost of rendering each public page, in-process, on the curated records (issue 13).

Each page is requested through the whole middleware stack with Django's test client (no
network, no server), with the page cache off and DEBUG off, and its CPU time per request
(``time.process_time``, median of ``--repeat`` requests after warm-up) is compared with that
of ``/robots.txt`` through the same stack: the ratio is robots.txt's time over the page's, so
1.0 is "as cheap as the smallest page" and higher is better.

The code now keeps the rows of the long pages rendered per records version
(``records/fragments.py``); each page is therefore measured twice: *first render after a change*
(``DJANGO_ROW_CACHE=0``: every row rendered, as on the first visit after an edit) and *rows
kept* (a page at an address not seen before, whose rows another page already rendered: a new
filter, page number or ignored parameter).

With ``--before REV`` the same measurement runs first on the code of git revision REV (checked
out with ``git archive`` into a temporary folder, with its own database loaded by its own
``load_records``), so that before and after come from one run on one machine:

    python bench/inprocess.py --before e19abb3 [--repeat 30] [--write]

``--write`` replaces the section of ``bench/RESULTS.md`` between its markers.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAGES = [
    ("robots.txt (baseline)", "/robots.txt"),
    ("home", "/"),
    ("session list", "/sessions/"),
    ("CWS/12 session page", "/sessions/12/"),
    ("CWS/12 work program", "/sessions/12/work-program/"),
    ("decisions list", "/decisions/"),
    ("decisions list, 3 filters", "/decisions/?session=12&kind=approved&q=the"),
    ("documents list", "/documents/"),
    ("CWS/12/29 document page", "/documents/CWS/12/29/"),
    ("Tasks list", "/tasks/"),
    ("Task No. 67", "/tasks/67/"),
    ("Task Forces list", "/task-forces/"),
    ("IP Data Exchange Task Force", "/task-forces/ip-data-exchange/"),
    ("Standards list", "/standards/"),
    ("ST.26", "/standards/ST.26/"),
    ("technical assistance", "/technical-assistance/"),
    ("survey", "/surveys/ip-data-exchange-practices-2025/"),
    ("search", "/search/?q=data+exchange"),
    ("API: decisions", "/api/decisions/"),
    ("API: CWS/12", "/api/sessions/12/"),
    ("Atom feed of decisions", "/feeds/decisions/"),
]

ENV = {
    "DJANGO_SECRET_KEY": "bench-only-key",
    "DJANGO_DEBUG": "",
    "DJANGO_PAGE_CACHE": "0",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_HSTS_SECONDS": "0",
    "DJANGO_ALLOWED_HOSTS": "testserver",
    "DJANGO_PLAIN_STATIC": "1",
    "DJANGO_LOG_LEVEL": "ERROR",
}


def measure_here(repeat):
    """Run inside the tree being measured (cwd and sys.path): time every page."""
    import django

    django.setup()
    from django.test import Client

    client = Client()
    results = {}
    for name, path in PAGES:
        for _ in range(3):  # warm-up: templates compiled, connection open, caches filled
            response = client.get(path)
        status = response.status_code
        times = []
        for _ in range(repeat):
            started = time.process_time()
            client.get(path)
            times.append(time.process_time() - started)
        results[name] = {"path": path, "status": status, "ms": statistics.median(times) * 1000}
    return results


def prepare(tree, database):
    env = {**os.environ, **ENV, "DJANGO_DEBUG": "1", "DATABASE_URL": database}
    for args in (["migrate", "--noinput", "-v0"], ["load_records"]):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=tree,
            env=env,
            check=True,
            capture_output=True,
        )


def measure(tree, repeat, workdir, rows_kept=True):
    database = f"sqlite:///{workdir}/{Path(tree).name}-bench.sqlite3"
    if not Path(database.removeprefix("sqlite:///")).exists():
        prepare(tree, database)
    result = subprocess.run(
        [sys.executable, __file__, "--measure-here", "--repeat", str(repeat)],
        cwd=tree,
        env={
            **os.environ,
            **ENV,
            "DATABASE_URL": database,
            "DJANGO_ROW_CACHE": "1" if rows_kept else "0",
            "DJANGO_SETTINGS_MODULE": "cws.settings",
            "PYTHONPATH": str(tree),
        },
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def checkout(revision, target):
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision],
        check=True,
        capture_output=True,
    )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return target


def table(kept, cold, before=None, before_label=""):
    """Each page: before (if measured), the first render after a change, and with rows kept;
    ms and the ratio to robots.txt measured in the same process."""
    runs = ([(f"{before_label}: ms", before)] if before else []) + [
        ("first render after a change: ms", cold),
        ("rows kept: ms", kept),
    ]
    header = ["page"]
    for label, _ in runs:
        header += [label, "ratio"]
    if before:
        header += ["cheaper, first render", "cheaper, rows kept"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, path in PAGES:
        cells = [f"{name} (`{path}`)"]
        for _, run in runs:
            base = run["robots.txt (baseline)"]["ms"]
            cells += [f"{run[name]['ms']:.1f}", f"{base / run[name]['ms']:.3f}"]
        if before:
            then = before[name]["ms"]
            cells += [f"{then / cold[name]['ms']:.1f}×", f"{then / kept[name]['ms']:.1f}×"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def least(rounds):
    """Each page's least median over the rounds (None if the tree was not measured)."""
    if not rounds:
        return None
    return {
        name: {**rounds[0][name], "ms": min(run[name]["ms"] for run in rounds)}
        for name in rounds[0]
    }


def write_results(text):
    results = ROOT / "bench" / "RESULTS.md"
    start, end = "<!-- inprocess:start -->", "<!-- inprocess:end -->"
    content = results.read_text(encoding="utf-8")
    block = f"{start}\n{text}\n{end}"
    if start in content:
        content = content[: content.index(start)] + block + content[content.index(end) + len(end) :]
    else:
        content = content.rstrip() + "\n\n" + block + "\n"
    results.write_text(content, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="git revision to measure first, for comparison")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="measure the trees in turn this many times; each page's least median counts "
        "(other work on the machine can only add time)",
    )
    parser.add_argument("--write", action="store_true", help="write into bench/RESULTS.md")
    parser.add_argument("--measure-here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_here:
        print(json.dumps(measure_here(args.repeat)))
        return
    runs = {"cold": [], "kept": [], "before": []}
    with tempfile.TemporaryDirectory() as workdir:
        tree = checkout(args.before, Path(workdir) / "before") if args.before else None
        for _ in range(args.rounds):  # in turn, so that a busy moment does not favour one
            if tree:
                runs["before"].append(measure(tree, args.repeat, workdir))
            runs["cold"].append(measure(ROOT, args.repeat, workdir, rows_kept=False))
            runs["kept"].append(measure(ROOT, args.repeat, workdir, rows_kept=True))
    cold, kept, before = (least(runs[name]) for name in ("cold", "kept", "before"))
    text = table(kept, cold, before, args.before or "")
    heading = (
        "## Uncached pages in-process (issue 13): "
        f"`python bench/inprocess.py{' --before ' + args.before if args.before else ''}`\n\n"
        f"CPU time per request (median of {args.repeat} after 3 warm-up requests; the trees "
        f"measured in turn {args.rounds} times, each page's least median kept) through the "
        "whole middleware stack with Django's test client, page cache off, DEBUG off, on the "
        "curated records (SQLite). "
        "The ratio is /robots.txt's time over the page's, measured in the same process.\n"
    )
    print(heading + "\n" + text)
    if args.write:
        write_results(heading + "\n" + text)


if __name__ == "__main__":
    main()
