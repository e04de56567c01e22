"""Ask each published enterprise, once a year, whether its entry is still right."""

from django.core.management.base import BaseCommand

from directory.ownership.freshness import send_freshness_requests


class Command(BaseCommand):
    help = (
        "E-mail every published enterprise with an e-mail address that was neither "
        "confirmed nor asked in the last year. Run daily; running it twice sends "
        "nothing twice."
    )

    def handle(self, *args, **options):
        sent = send_freshness_requests()
        self.stdout.write(f"{sent} freshness request(s) sent.")
