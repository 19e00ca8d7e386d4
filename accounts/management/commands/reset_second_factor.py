import logging

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.admin import reset_second_factor

logger = logging.getLogger("accounts.security")


class Command(BaseCommand):
    help = (
        "Remove every second-factor device of the named users and end their sessions: they "
        "set up a new one at their next sign-in. For a superuser who lost theirs when no other "
        "superuser can use the admin's action (Users > Reset the second factor)."
    )

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="+", metavar="USERNAME")

    def handle(self, *args, usernames, **options):
        users = list(get_user_model().objects.filter(username__in=usernames))
        missing = sorted(set(usernames) - {user.get_username() for user in users})
        if missing:
            raise CommandError(f"No such user: {', '.join(missing)}. Nothing was reset.")
        reset_second_factor(users)
        for user in users:
            logger.warning("Second factor of %s reset with manage.py", user.get_username())
            self.stdout.write(f"{user.get_username()} will set up a second factor at next sign-in.")
