from django.core.management.base import BaseCommand

from core.progress import terminal_progress
from search import upkeep


class Command(BaseCommand):
    help = (
        "Rebuild the search indexes without downtime: an engine's as new indexes "
        "behind aliases (leftover indexes removed, then a catch-up with saves made "
        "meanwhile), the database's by rewriting its index entries."
    )

    def handle(self, **options):
        count = upkeep.rebuild(progress=terminal_progress())
        self.stdout.write(f"Indexed {count} documents.")
