"""Turn a benchmark run's measurements into the benchmark section of bench/RESULTS.md."""

import json
import platform
import statistics
import subprocess
import sys
from pathlib import Path

work, scale, duration, runs = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- benchmark:start -->", "<!-- benchmark:end -->"

rows = [json.loads(line) for line in (work / "results.jsonl").read_text().splitlines() if line]
by_key = {}
for row in rows:
    by_key.setdefault((row["mode"], row["page"]), []).append(row)


def median(key, field):
    values = [r[field] for r in by_key.get(key, []) if r[field] is not None]
    return statistics.median(values) if values else None


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except OSError:
        return "?"


pages = list(dict.fromkeys(r["page"] for r in rows))
lines = [
    START,
    "## Benchmark at scale " + scale + " (issue 5): `bash bench/run.sh`",
    "",
    f"Synthetic records at scale {scale} (`generate_scale_data`) in PostgreSQL; gunicorn "
    "`gthread`, 2 workers × 4 threads (at most 6 connections each), production settings; "
    "wrk with 2 threads and 8 connections "
    f"for {duration} per measurement, {runs} runs, medians. *uncached*: the page cache is off "
    "(every request renders); *cached*: a second visit (served from the page cache); "
    "*revalidated*: a browser revalidating with `If-None-Match` (304). The ratio is the page's "
    "requests/s over the baseline's (a bare Django view with a short fixed page, through the "
    "same server and middleware) measured in the same server run.",
    "",
    f"Machine: {platform.machine()}, {version(['nproc'])} cores; "
    f"Python {platform.python_version()}; {version(['psql', '--version'])}; "
    f"{version(['wrk', '--version'])}.",
    "",
    "| page | mode | req/s | p50 ms | p99 ms | ratio to baseline | target | met |",
    "|---|---|---|---|---|---|---|---|",
]
missed = []
for mode, target in (("uncached", 0.20), ("cached", 0.60), ("revalidated", 0.60)):
    base = median((mode, "baseline"), "rps") or median(("uncached", "baseline"), "rps")
    for page in pages:
        rps = median((mode, page), "rps")
        if rps is None:
            continue
        ratio = rps / base if base else 0
        is_html = page not in ("baseline", "API decisions list", "CSV export of ~1,000 decisions")
        applies = page != "baseline" and (mode != "uncached" or is_html)
        met = "—" if not applies else ("yes" if ratio >= target else "**no**")
        if met == "**no**":
            missed.append((page, mode, ratio, target))
        p50, p99 = median((mode, page), "p50_ms"), median((mode, page), "p99_ms")
        lines.append(
            f"| {page} | {mode} | {rps:,.0f} | {p50 or 0:.1f} | {p99 or 0:.1f} | {ratio:.2f} | "
            f"{'≥ ' + str(target) if applies else '—'} | {met} |"
        )

search = json.loads((work / "search-latency.json").read_text())
rss_mb = int((work / "worker-rss.kb").read_text().split()[0]) / 1024
explain = (work / "explain.txt").read_text()
GIN_INDEX = "cws_sessions_paragraph_search_vector"
uses_gin = GIN_INDEX in explain
plan_line = next(
    (line.strip() for line in explain.splitlines() if GIN_INDEX in line),
    explain.strip().splitlines()[-1] if explain.strip() else "",
)
load_time = float((work / "load_records.time").read_text().split()[0])
generate_time = float((work / "generate.time").read_text().split()[0])
lines += [
    "",
    "| other target | result | met |",
    "|---|---|---|",
    f"| search p95 ≤ 50 ms (200 sequential uncached requests) | p95 {search['p95_ms']:.1f} ms "
    f"(p50 {search['p50_ms']:.1f}, p99 {search['p99_ms']:.1f}) | "
    f"{'yes' if search['p95_ms'] <= 50 else '**no**'} |",
    f"| search plan uses the GIN index | {'yes: ' if uses_gin else 'no: '}"
    f"`{plan_line[:90]}` | {'yes' if uses_gin else '**no**'} |",
    f"| `load_records` of the curated corpus ≤ 10 s | {load_time:.1f} s | "
    f"{'yes' if load_time <= 10 else '**no**'} |",
    f"| peak RSS of a gunicorn worker ≤ 150 MB | {rss_mb:.0f} MB | "
    f"{'yes' if rss_mb <= 150 else '**no**'} |",
    f"| `generate_scale_data --scale {scale}` < 60 s (PostgreSQL) | {generate_time:.1f} s | "
    f"{'yes' if generate_time < 60 else '**no**'} |",
    "",
]
if missed:
    lines.append("Targets missed, and why:")
    lines.append("")
    for page, mode, ratio, target in missed:
        lines.append(
            f"- {page} ({mode}): {ratio:.2f} of the baseline against {target}, "
            f"{(target - ratio) / target:.0%} short."
        )
    lines.append("")
lines.append(END)

text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark and load-test results\n"
if START in text:
    before, rest = text.split(START, 1)
    text = before + "\n".join(lines) + rest.split(END, 1)[1]
else:
    text = text.rstrip() + "\n\n" + "\n".join(lines) + "\n"
RESULTS.write_text(text)
