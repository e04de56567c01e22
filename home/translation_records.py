"""wagtail-localize's records for French objects that were made without it.

The demo, the guide's publishing and its import make French pages, snippets and
enterprises by copying the Dutch ones. wagtail-localize's translation editor, its
Sync and its "Translate" actions only know an object through its records: a
`TranslationSource` (the Dutch object's content, cut into segments), a
`Translation` to the French locale and, per segment, the French text as a
`StringTranslation` (or a `SegmentOverride` for a synchronised value the French
object changes). This module writes those records from the French object as it
stands and never changes the object itself.

French text is matched to the Dutch segments by position: StreamField blocks by
their place in the stream (the copies carry other block ids), and strings of one
field in order. A field whose French version has another shape than the Dutch
(another number of paragraphs, blocks of other kinds) is left untranslated, for
a translator to finish in the editor.
"""

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import models, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class Recorded:
    """What `record_translation` did for one French object."""

    translation: Translation
    created: bool
    translated: int = 0
    untranslated: int = 0


def source_locale() -> Locale:
    return Locale.get_default()


def shape_paths(paths: list[str]) -> list[str]:
    """Each segment path with its block ids replaced by the block's position.

    "body.<id>.text" becomes "body.0.text" for the first block of the stream, so
    a copy whose blocks carry other ids lines up with its source.
    """
    positions: dict[str, dict[str, int]] = defaultdict(dict)
    shaped = []
    for path in paths:
        parts = path.split(".")
        prefix = ""
        out = []
        for part in parts:
            if UUID.match(part):
                seen = positions[prefix]
                part = str(seen.setdefault(part, len(seen)))
            out.append(part)
            prefix = f"{prefix}.{part}"
        shaped.append(".".join(out))
    return shaped


def _by_shape(paths: list[str], values: list) -> dict[str, list]:
    grouped = defaultdict(list)
    for shape, value in zip(shape_paths(paths), values, strict=True):
        grouped[shape].append(value)
    return grouped


def _source(instance) -> TranslationSource:
    """The object's translation source, brought up to date with the object.

    The French copy was made from the object as it is now, so its text matches
    the current segments; an older source would mismatch, and would write its
    stale synchronised values back when the translation is published.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return source


def find_translation(instance) -> Translation | None:
    """The record that makes `instance` a wagtail-localize translation, if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
        )
        .select_related("source")
        .first()
    )


@transaction.atomic
def record_translation(source_object, target, user=None) -> Recorded:
    """Record `target` (e.g. a French page) as the translation of `source_object`.

    Idempotent: an existing Translation record is returned untouched.
    """
    existing = find_translation(target)
    if existing is not None:
        return Recorded(existing, created=False)
    if isinstance(target, Page):
        target = target.specific
    source = _source(source_object)
    translation = Translation.objects.create(
        source=source,
        target_locale_id=target.locale_id,
        translations_last_updated_at=timezone.now(),
        destination_last_updated_at=timezone.now(),
    )
    translated, untranslated = _record_strings(source, target, user)
    _record_overrides(source, target, user)
    return Recorded(translation, True, translated, untranslated)


def _record_strings(source: TranslationSource, target, user) -> tuple[int, int]:
    segments = list(
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .select_related("string", "context")
    )
    found = [s for s in extract_segments(target) if isinstance(s, StringSegmentValue)]
    french = _by_shape([s.path for s in found], [s.string.data for s in found])
    dutch = _by_shape([s.context.path for s in segments], segments)
    rows = []
    untranslated = 0
    for shape, in_source in dutch.items():
        texts = french.get(shape, [])
        if len(texts) != len(in_source):
            untranslated += len(in_source)
            continue
        rows.extend(
            StringTranslation(
                translation_of_id=segment.string_id,
                locale_id=target.locale_id,
                context_id=segment.context_id,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                last_translated_by=user,
            )
            for segment, text in zip(in_source, texts, strict=True)
        )
    # The French object is the truth: it replaces an older text of this context
    # (left behind by records an import removed).
    StringTranslation.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["locale", "translation_of", "context"],
        update_fields=["data", "translation_type", "last_translated_by", "updated_at"],
    )
    return len(rows), untranslated


def _record_overrides(source: TranslationSource, target, user) -> None:
    """Synchronised values the French object changed (a French link, say)."""
    segments = list(
        OverridableSegment.objects.filter(source=source)
        .order_by("order")
        .select_related("context")
    )
    found = [
        s for s in extract_segments(target) if isinstance(s, OverridableSegmentValue)
    ]
    french = _by_shape([s.path for s in found], [s.data for s in found])
    dutch = _by_shape([s.context.path for s in segments], segments)
    rows = []
    for shape, in_source in dutch.items():
        values = french.get(shape, [])
        if len(values) != len(in_source):
            continue
        rows.extend(
            SegmentOverride(
                locale_id=target.locale_id,
                context_id=segment.context_id,
                data_json=json.dumps(value),
                last_translated_by=user,
            )
            for segment, value in zip(in_source, values, strict=True)
            if json.loads(segment.data_json) != value
        )
    SegmentOverride.objects.bulk_create(rows)


def record_on_first_edit(instance, user=None) -> bool:
    """Record a French copy that has no records yet; True if it was recorded.

    For the editor who opens it: from then on wagtail-localize's translation
    editor takes over its edit view.
    """
    default = source_locale()
    if not isinstance(instance, TranslatableMixin) or instance.locale_id == default.pk:
        return False
    if find_translation(instance) is not None:
        return False
    source_object = (
        type(instance)
        .objects.filter(translation_key=instance.translation_key, locale=default)
        .first()
    )
    if source_object is None:
        return False
    record_translation(source_object, instance, user=user)
    return True


def translatable_models() -> list[type[models.Model]]:
    """Pages first, then the translatable snippets (enterprises among them)."""
    snippets = sorted(
        (m for m in get_snippet_models() if issubclass(m, TranslatableMixin)),
        key=lambda m: m._meta.label,
    )
    return [Page, *snippets]


def unrecorded_pairs(model) -> Iterator[tuple[models.Model, models.Model]]:
    """(source, translation) pairs of `model` whose translation has no record."""
    default = source_locale()
    objects = model.objects.all()
    if model is Page:
        objects = objects.filter(depth__gt=1, alias_of__isnull=True)
    recorded = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        target_locale_id=OuterRef("locale_id"),
    )
    targets = (
        objects.exclude(locale=default)
        .annotate(recorded=Exists(recorded))
        .filter(recorded=False)
        .order_by("pk")
    )
    sources = {
        obj.translation_key: obj
        for obj in objects.filter(
            locale=default, translation_key__in=targets.values("translation_key")
        )
    }
    for target in targets.iterator(chunk_size=500):
        source = sources.get(target.translation_key)
        if source is not None:
            yield source, target


def record_missing_translations(user=None) -> dict[type, list[Recorded]]:
    """Record every French page and snippet that lacks its records.

    Returns what was recorded, by model (Page for all pages).
    """
    done: dict[type, list[Recorded]] = defaultdict(list)
    for model in translatable_models():
        for source_object, target in unrecorded_pairs(model):
            done[model].append(record_translation(source_object, target, user=user))
    return dict(done)
