"""`manage.py record_translations`: make French copies wagtail-localize translations."""

from django.core.management.base import BaseCommand
from django.utils import translation

from home.translation_records import record_missing_translations


class Command(BaseCommand):
    help = (
        "Give every French page, snippet and enterprise that exists without "
        "wagtail-localize records its translation source, translation and French "
        "text, so the translation editor and Sync work on it. The objects "
        "themselves are not changed; running it again changes nothing."
    )

    def handle(self, *args, **options):
        done = record_missing_translations()
        translation.activate("en")  # the report names models in English
        if not done:
            self.stdout.write("Every translation already has its records.")
            return
        for model, recorded in done.items():
            left = sum(r.untranslated for r in recorded)
            line = f"{model._meta.verbose_name_plural}: {len(recorded)} recorded"
            if left:
                line += f", {left} texts left for translators"
            self.stdout.write(line)
