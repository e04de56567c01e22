"""Send the weekly digests of followed guide searches and the agenda (run weekly)."""

from django.core.management.base import BaseCommand

from following.digests import send_digests
from following.subscriptions import purge_unconfirmed


class Command(BaseCommand):
    help = (
        "Delete follow requests never confirmed within a week, then send each "
        "confirmed subscriber what is new since the last digest (nothing new: no "
        "e-mail). Run it once a week; a second run in the same week sends nothing."
    )

    def handle(self, *args, **options):
        purged = purge_unconfirmed()
        sent = send_digests()
        self.stdout.write(f"{sent} digests sent, {purged} unconfirmed requests deleted")
