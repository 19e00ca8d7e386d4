"""Fill an empty database with synthetic records, about SCALE times each kind of curated
record, for benchmarks (``bench/synthetic.py``). Refuses a database that holds curated records.

    python bench/generate_scale_data.py --scale 100 [--seed 42]

It uses the database the environment selects (``DATABASE_URL``), like ``manage.py``.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv=None, stdout=sys.stdout):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error("--scale must be at least 1.")

    from bench.synthetic import MixedDatabase, generate

    started = time.monotonic()
    try:
        counts = generate(args.scale, seed=args.seed)
    except MixedDatabase as exc:
        raise SystemExit(str(exc)) from exc
    for name, count in counts.items():
        print(f"  {name}: {count}", file=stdout)
    seconds = time.monotonic() - started
    print(f"Generated synthetic records at scale {args.scale} in {seconds:.1f} s.", file=stdout)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cws.settings")
    import django

    django.setup()
    main()
