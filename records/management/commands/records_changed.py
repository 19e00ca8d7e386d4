from django.core.management.base import BaseCommand
from django.db import transaction

from records.version import bump_version


class Command(BaseCommand):
    help = (
        "Tell every running process that the records changed outside the site (after a "
        "`pg_restore` or a copied-back SQLite file): the records version is bumped and the page "
        "cache stamp replaced, so no process serves a page from before."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            bump_version()
        self.stdout.write(
            self.style.SUCCESS("Records version bumped: every process drops its cached pages.")
        )
