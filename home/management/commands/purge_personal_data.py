"""`manage.py purge_personal_data`: forget what the forms kept past its retention period.

Meant to run daily from cron; running it twice changes nothing more.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from home.retention import purge_personal_data


class Command(BaseCommand):
    help = (
        "Delete contact-form submissions and e-mails sent, and blank the proposers' "
        "names and addresses, and owners' claims, older than PERSONAL_DATA_RETENTION_DAYS; "
        "forget the addresses of owners' links that can no longer be used."
    )

    def handle(self, *args, **options):
        purged = purge_personal_data()
        self.stdout.write(
            f"Older than {settings.PERSONAL_DATA_RETENTION_DAYS} days: "
            f"{purged.submissions} contact submissions deleted, "
            f"{purged.proposers} proposers blanked, "
            f"{purged.messages} sent e-mails deleted, "
            f"{purged.owners} owners' addresses forgotten."
        )
