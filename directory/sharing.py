"""Keep an enterprise's language versions in step (docs/contract.md#language-versions).

An enterprise exists in every language of the guide. Only the description and the
opening hours are translated; name, address, numbers, links, sectors and labels are
shared. wagtail-localize copies synchronised fields only when a translation is
synced, and it does not handle many-to-many relations at all, so this module does
both whenever an enterprise is published or imported.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from directory.models import Enterprise, Label, Sector
from directory.models.enterprise import SHARED_FIELDS


def guide_locales() -> list[Locale]:
    codes = [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
    return list(Locale.objects.filter(language_code__in=codes))


def _terms_in_locale(model, terms, locale):
    keys = [term.translation_key for term in terms]
    return model.objects.filter(translation_key__in=keys, locale=locale)


@transaction.atomic
def share_with_translations(enterprise: Enterprise) -> list[Enterprise]:
    """Create missing language versions and copy shared fields and relations to all.

    Returns the other language versions, saved.
    """
    sectors = list(enterprise.sectors.all())
    labels = list(enterprise.labels.all())
    others = []
    for locale in guide_locales():
        if locale.pk == enterprise.locale_id:
            continue
        other = Enterprise.objects.filter(
            translation_key=enterprise.translation_key, locale=locale
        ).first()
        if other is None:
            other = enterprise.copy_for_translation(locale)
            other.description = ""
            other.opening_hours = ""
            other.live = enterprise.live
            other.has_unpublished_changes = False
        for field in SHARED_FIELDS:
            setattr(other, field, getattr(enterprise, field))
        # Parental relations are written by save(), so set them first.
        other.sectors.set(_terms_in_locale(Sector, sectors, locale))
        other.labels.set(_terms_in_locale(Label, labels, locale))
        other.save()
        others.append(other)
    return others


def refresh_translation_source(enterprise: Enterprise) -> None:
    """Bring the enterprise's wagtail-localize source up to date, if it has one.

    The translation editor then shows the published text to translate, and a
    published translation carries the current shared fields (a stale source would
    write old ones back, and through `share_with_translations` into this version).
    """
    source = TranslationSource.objects.filter(
        object_id=enterprise.translation_key, locale_id=enterprise.locale_id
    ).first()
    if source is not None:
        source.update_from_db()


def forget_translation_sources(translation_keys) -> None:
    """Drop the wagtail-localize records of enterprises written outside it.

    For the import, which writes both languages in bulk: the records would hold
    the old texts, so they are made again from the new ones when an editor next
    opens the French version.
    """
    TranslationSource.objects.filter(object_id__in=translation_keys).delete()
