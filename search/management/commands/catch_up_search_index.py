from django.core.management.base import BaseCommand

from core.progress import terminal_progress
from search import upkeep


class Command(BaseCommand):
    help = (
        "Bring the search engine back in step with the database after it was "
        "unreachable: replays every queued save and deletion."
    )

    def handle(self, **options):
        updated, removed = upkeep.catch_up(progress=terminal_progress())
        self.stdout.write(f"Updated {updated}, removed {removed}.")
