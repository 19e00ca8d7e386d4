"""Read one wrk report on stdin; print one JSON line: mode, page, requests/s, p50, p99, errors."""

import json
import re
import sys

mode, name, path, run = sys.argv[1:5]
text = sys.stdin.read()


def millis(label):
    match = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.MULTILINE)
    if not match:
        return None
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
print(
    json.dumps(
        {
            "mode": mode,
            "page": name,
            "path": path,
            "run": int(run),
            "rps": float(rps.group(1)) if rps else 0.0,
            "p50_ms": millis("50"),
            "p99_ms": millis("99"),
            "non_2xx_3xx": int(errors.group(1)) if errors else 0,
        }
    )
)
