"""`export_enterprises [--format csv|json] [--output PATH]`: docs/contract.md#export."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from directory.exchange.exporter import FORMATS, WRITERS


class Command(BaseCommand):
    help = (
        "Export the published enterprises as CSV or JSON, in the columns the "
        "import reads."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, default="csv")
        parser.add_argument(
            "--output", metavar="PATH", help="file to write (default: standard output)"
        )

    def handle(self, format="csv", output=None, **options):
        write = WRITERS[format]
        if output is None:
            write(_StdoutText(self.stdout))
            return
        try:
            with open(output, "w", encoding="utf-8", newline="") as file:
                count = write(file)
        except OSError as error:
            raise CommandError(
                _("Cannot write %(path)s: %(reason)s")
                % {"path": output, "reason": error.strerror or error}
            ) from error
        self.stderr.write(
            _("%(count)d enterprises written to %(path)s.")
            % {"count": count, "path": output}
        )


class _StdoutText:
    """The command's stdout as a plain text stream (no added line endings)."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, ending="")
