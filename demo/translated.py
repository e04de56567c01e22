"""Creating a page or snippet in Dutch and its French translation, once.

A page or snippet is found by its translation key (derived from its demo key) and
locale. Missing ones are created: the Dutch one from its data, the French one as
a translation of it (`copy_for_translation`, as an editor would) with its French
values applied. Pages are published, each with one revision.
"""

import json
from dataclasses import dataclass, field

from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin

from demo.context import LANGUAGES, SOURCE_LANGUAGE, DemoContext, demo_key


@dataclass
class PageSpec:
    """One page of the demo tree: its model, parent and values per language.

    `fr` holds only what differs from the Dutch page (translated texts, slug).
    `later` holds values per language that refer to pages built after this one;
    they are applied once the whole tree exists, to pages created in this run.
    """

    key: str
    model: type[Page]
    parent: str | None
    nl: dict
    fr: dict
    later: dict = field(default_factory=dict)


def apply_values(ctx: DemoContext, obj: models.Model, values: dict, language: str):
    """Set `values` on `obj`: plain fields, StreamFields, tags and child rows."""
    for name, value in values.items():
        model_field = obj._meta.get_field(name)
        if isinstance(model_field, StreamField):
            blocks = [
                {"type": kind, "value": ctx.resolve(raw, language, as_pk=True)}
                for block in value
                for kind, raw in block.items()
            ]
            setattr(obj, name, json.dumps(blocks))
        elif isinstance(model_field, ClusterTaggableManager):
            getattr(obj, name).set(list(value))
        elif model_field.one_to_many:
            _set_child_rows(obj, name, value)
        else:
            setattr(obj, name, ctx.resolve(value, language))


def _set_child_rows(obj, name: str, rows: list[dict]):
    """Child rows (e.g. form fields) in order; a translation's copies are reused."""
    manager = getattr(obj, name)
    existing = list(manager.all())
    items = []
    for position, row in enumerate(rows):
        item = existing[position] if position < len(existing) else manager.model()
        for attribute, value in row.items():
            setattr(item, attribute, value)
        if isinstance(item, TranslatableMixin):
            item.locale = obj.locale
        item.sort_order = position
        items.append(item)
    manager.set(items)


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def ensure_page(ctx: DemoContext, spec: PageSpec) -> None:
    """Find or create the page in both languages and remember both versions."""
    source = ctx.get("page", spec.key, SOURCE_LANGUAGE) or _find(
        spec.model, demo_key(f"page:{spec.key}"), ctx.locales[SOURCE_LANGUAGE]
    )
    if source is None:
        source = spec.model(
            locale=ctx.locales[SOURCE_LANGUAGE],
            translation_key=demo_key(f"page:{spec.key}"),
        )
        apply_values(ctx, source, spec.nl, SOURCE_LANGUAGE)
        parent = (
            ctx.get("page", spec.parent, SOURCE_LANGUAGE) if spec.parent else ctx.root
        )
        # Fresh from the database: the tree position depends on its child count.
        Page.objects.get(pk=parent.pk).add_child(instance=source)
        source = _publish(source)
        _count_new_page(ctx, source)
    ctx.remember("page", spec.key, source, SOURCE_LANGUAGE)

    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        translation = _find(spec.model, source.translation_key, ctx.locales[language])
        if translation is None:
            translation = source.copy_for_translation(ctx.locales[language])
            apply_values(ctx, translation, getattr(spec, language), language)
            translation = _publish(translation)
            _count_new_page(ctx, translation)
        ctx.remember("page", spec.key, translation, language)


def finish_page(ctx: DemoContext, spec: PageSpec) -> None:
    """Apply `spec.later` to the versions of the page created in this run."""
    for language, values in spec.later.items():
        page = ctx.get("page", spec.key, language)
        if page.pk in ctx.fresh_pages:
            # Fresh from the database: a revision published from a stale copy
            # would write back its stale tree fields (numchild).
            page = spec.model.objects.get(pk=page.pk)
            apply_values(ctx, page, values, language)
            ctx.remember("page", spec.key, _publish(page), language)


def ensure_pages(ctx: DemoContext, specs: list[PageSpec]) -> None:
    for spec in specs:
        ensure_page(ctx, spec)
    for spec in specs:
        finish_page(ctx, spec)


def _find(model, translation_key, locale):
    found = model.objects.filter(translation_key=translation_key, locale=locale).first()
    return found.specific if isinstance(found, Page) else found


def _count_new_page(ctx: DemoContext, page: Page) -> None:
    ctx.fresh_pages.add(page.pk)
    ctx.created["pages"] += 1


def ensure_snippet(
    ctx: DemoContext,
    model: type[models.Model],
    kind: str,
    key: str,
    values: dict[str, dict],
    *,
    one_per_locale: bool = False,
):
    """Find or create a translatable snippet in both languages.

    `values` maps each language to its field values (French: what differs).
    With `one_per_locale` (menus, footer text) any existing snippet of that
    locale is kept, whoever made it.
    """
    source = None
    for language in LANGUAGES:
        locale = ctx.locales[language]
        lookup = {"locale": locale}
        if not one_per_locale:
            lookup["translation_key"] = demo_key(f"{kind}:{key}")
        found = model.objects.filter(**lookup).first()
        if found is None:
            if source is None:
                found = model(locale=locale, translation_key=demo_key(f"{kind}:{key}"))
            else:
                found = source.copy_for_translation(locale)
            apply_values(ctx, found, values[language], language)
            found.save()
            ctx.created[kind] += 1
        if language == SOURCE_LANGUAGE:
            source = found
        ctx.remember(kind, key, found, language)
    return source
