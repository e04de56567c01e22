"""Seed the 14 sectors and 6 labels in Dutch and French."""

import uuid

from django.db import migrations

from directory.reference_data import LABELS, SECTORS


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    nl = Locale.objects.get_or_create(language_code="nl")[0]
    fr = Locale.objects.get_or_create(language_code="fr")[0]
    for model_name, rows in (("Sector", SECTORS), ("Label", LABELS)):
        model = apps.get_model("directory", model_name)
        for order, (slug, name_nl, name_fr) in enumerate(rows):
            key = uuid.uuid4()
            for locale, name in ((nl, name_nl), (fr, name_fr)):
                model.objects.update_or_create(
                    locale=locale,
                    slug=slug,
                    defaults={"name": name, "sort_order": order, "translation_key": key},
                )


def unseed(apps, schema_editor):
    for model_name, rows in (("Sector", SECTORS), ("Label", LABELS)):
        model = apps.get_model("directory", model_name)
        model.objects.filter(slug__in=[slug for slug, *_ in rows]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
