import time

from django.core.management.base import BaseCommand, CommandError

from cws.synthetic import MixedDatabase, generate


class Command(BaseCommand):
    help = (
        "Fill an empty database with synthetic records, about SCALE times each kind of curated "
        "record, for benchmarks. Refuses a database that holds curated records."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=100)
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, scale, seed, **options):
        if scale < 1:
            raise CommandError("--scale must be at least 1.")
        started = time.monotonic()
        try:
            counts = generate(scale, seed=seed)
        except MixedDatabase as exc:
            raise CommandError(str(exc)) from exc
        for name, count in counts.items():
            self.stdout.write(f"  {name}: {count}")
        seconds = time.monotonic() - started
        message = f"Generated synthetic records at scale {scale} in {seconds:.1f} s."
        self.stdout.write(self.style.SUCCESS(message))
