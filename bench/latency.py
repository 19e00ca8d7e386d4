"""Sequential requests to one URL; print p50/p95/p99 latency in ms as JSON."""

import json
import statistics
import sys
import time
import urllib.request

url, count = sys.argv[1], int(sys.argv[2])
durations = []
for _ in range(count):
    started = time.perf_counter()
    with urllib.request.urlopen(url) as response:  # noqa: S310 - a local benchmark URL
        response.read()
    durations.append((time.perf_counter() - started) * 1000)
q = statistics.quantiles(durations, n=100)
print(json.dumps({"count": count, "p50_ms": q[49], "p95_ms": q[94], "p99_ms": q[98]}))
