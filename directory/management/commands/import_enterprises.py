"""`import_enterprises PATH [--dry-run]`: the CSV import (docs/contract.md#import)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.progress import terminal_progress
from directory.exchange.importer import import_exchange_file


class Command(BaseCommand):
    help = (
        "Import enterprises from a CSV file. Every row is checked first; "
        "on any problem nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="CSV file, UTF-8, with a header row")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check the file and report what would change, without writing",
        )

    def handle(self, path, dry_run=False, **options):
        try:
            with open(path, "rb") as file:
                data = file.read()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(path)s: %(reason)s")
                % {"path": path, "reason": error.strerror or error}
            ) from error

        report = import_exchange_file(
            data, dry_run=dry_run, progress=terminal_progress()
        )
        if not report.is_valid:
            for problem in report.problems:
                self.stderr.write(str(problem))
            count = len(report.problems)
            raise CommandError(
                ngettext(
                    "%(count)d problem found; nothing was imported.",
                    "%(count)d problems found; nothing was imported.",
                    count,
                )
                % {"count": count},
                returncode=1,
            )
        self.stdout.write(report.summary())
        if report.indexing_failed:
            self.stderr.write(
                _(
                    "The search index could not be updated; "
                    "it catches up when it is rebuilt."
                )
            )
