from django.core.management.base import BaseCommand, CommandError

from config.progress import terminal_progress
from search import upkeep


class Command(BaseCommand):
    help = (
        "Rebuild the search engine's indexes without downtime (new indexes behind "
        "aliases), remove leftover indexes, then catch up with saves made meanwhile."
    )

    def handle(self, **options):
        if not upkeep.engine_aliases():
            raise CommandError(
                "SEARCH_URL names no search engine: the database index needs no rebuild."
            )
        count = upkeep.rebuild(progress=terminal_progress())
        self.stdout.write(f"Indexed {count} documents.")
