"""A flood of distinct addresses against one gunicorn worker: its memory with and without the
page cache's byte bound (issue 13, "Memory").

Every request asks for the CWS/12/29 document page (the largest page) with a parameter the page
ignores (``?flood=N``), so each one is a new cache entry. The worker's resident memory is read
from /proc before and after, once with the bound (``DJANGO_PAGE_CACHE_BYTES``, default 16 MB)
and once with the bound lifted, on a throwaway SQLite copy of the curated records.

    .venv/bin/python bench/memory_flood.py [--requests 1500] [--write]

``--write`` puts the table in bench/RESULTS.md (replacing an earlier one).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PAGE = "/documents/CWS/12/29/"
MARK = "<!-- memory flood -->"


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def worker_pid(master):
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return int(children[0])


def get(url, timeout=60):
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - the local server
        return response.read()


def run(env, port, requests, bound):
    server_env = dict(env, DJANGO_PAGE_CACHE_BYTES=str(bound))
    server = subprocess.Popen(
        [BIN / "gunicorn", "cws.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--worker-class", "gthread", "--threads", "4", "--log-level", "warning"],
        cwd=ROOT, env=server_env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(60):
            try:
                get(base + "/robots.txt", timeout=5)
                break
            except OSError:
                time.sleep(0.5)
        for _ in range(3):  # warm: imports, templates, connections
            size = len(get(base + PAGE))
        pid = worker_pid(server.pid)
        before = rss_mb(pid)

        def fetch(n):
            get(f"{base}{PAGE}?flood={n}")

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(fetch, range(requests)))
        return size, before, rss_mb(pid)
    finally:
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--port", type=int, default=8391)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            DATABASE_URL=f"sqlite:///{tmp}/flood.sqlite3",
            DJANGO_SECRET_KEY="bench-only-key",  # noqa: S106 - a throwaway local server
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            DJANGO_SECURE_SSL_REDIRECT="0",
        )
        env.pop("DJANGO_CACHE_URL", None)
        for command in (
            ["migrate", "--noinput", "-v0"],
            ["load_records"],
            ["collectstatic", "--noinput", "-v0"],
        ):
            subprocess.run([BIN / "python", "manage.py", *command], cwd=ROOT, env=env,
                           check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        rows = []
        for label, bound in (
            ("no byte bound (2,000 entries only)", 10**12),
            ("16 MB bound (the default)", 16 * 2**20),
        ):
            size, before, after = run(env, args.port, args.requests, bound)
            cells = (
                label,
                args.requests,
                f"{size / 1024:.0f} KB",
                f"{before:.0f} MB",
                f"{after:.0f} MB",
            )
            rows.append("| " + " | ".join(map(str, cells)) + " |")
    table = "\n".join(
        [
            MARK,
            "### Memory under a flood of distinct addresses",
            "",
            f"`.venv/bin/python bench/memory_flood.py --requests {args.requests}`: one gunicorn",
            "worker (gthread, 4 threads), curated records on SQLite, page cache on; each request",
            f"is `{PAGE}?flood=N`, a new address. Resident memory of the worker:",
            "",
            "| page cache | requests | page | worker before | worker after |",
            "|---|---:|---:|---:|---:|",
            *rows,
            MARK,
        ]
    )
    print(table)
    if args.write:
        results = ROOT / "bench" / "RESULTS.md"
        text = results.read_text()
        if MARK in text:
            head, _, rest = text.partition(MARK)
            _, _, tail = rest.partition(MARK)
            text = head + table + tail
        else:
            text = text.rstrip("\n") + "\n\n" + table + "\n"
        results.write_text(text)


if __name__ == "__main__":
    main()
