"""Keeping the search indexes complete: queue, catch-up and zero-downtime rebuild.

The database is the source of truth. Whatever the engine missed (it was down, or a
rebuild was filling a new index) is queued in PendingIndexUpdate and replayed by
`catch_up`. `rebuild` fills fresh engine indexes behind their aliases, switches the
aliases, then deletes every index the aliases no longer point to; a database backend
has its index entries rewritten instead.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_instance, get_indexed_models

from core.progress import Progress, no_progress
from search.engines.lifecycle import (
    REFRESH_OFF,
    backend_indexes,
    engine_backends,
    refresh_filled_index,
    set_refresh_interval,
)
from search.indexing import (
    BATCH_SIZE,
    DATABASE_BATCH_SIZE,
    batches,
    holds,
    indexed_objects,
    send_while_loading,
)
from search.models import IndexRebuild, PendingIndexUpdate


def engine_aliases() -> list[str]:
    """Backend aliases that live on the engine (those with a client)."""
    return [alias for alias, _backend in engine_backends()]


def database_backends() -> list:
    """The configured backends that keep an index of their own in the database.

    The fallback matches the records' columns directly and has nothing to rebuild.
    """
    found = []
    for alias in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(alias)
        if getattr(backend, "es", None) is None and backend.rebuilder_class:
            found.append((alias, backend))
    return found


def queue(obj) -> None:
    PendingIndexUpdate.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=str(obj.pk),
    )


def catch_up(progress: Progress = no_progress) -> tuple[int, int]:
    """Replay the queue on every engine backend; return (updated, removed)."""
    aliases = engine_aliases()
    updated = removed = 0
    pending = list(PendingIndexUpdate.objects.select_related("content_type"))
    for entry in progress(pending, desc="catch-up"):
        model = entry.content_type.model_class()
        obj = model.objects.filter(pk=entry.object_id).first() if model else None
        indexed = get_indexed_instance(obj) if obj is not None else None
        for alias in aliases:
            backend = get_search_backend(alias)
            if indexed is not None:
                backend.add(indexed)
            elif model is not None:
                stub = model(pk=entry.object_id)
                backend.delete(stub)
        # Only forget the entry if it was not queued again meanwhile.
        PendingIndexUpdate.objects.filter(
            pk=entry.pk, queued_at=entry.queued_at
        ).delete()
        if indexed is not None:
            updated += 1
        else:
            removed += 1
    return updated, removed


def rebuild(progress: Progress = no_progress) -> int:
    """Rebuild every search index without downtime; return the number of documents.

    Each backend loads only the records it holds. A new engine index does not
    refresh while it is filled (nobody searches it before the alias switches); a
    database index is rewritten as its backend rebuilds (on PostgreSQL in one
    transaction, so searches see the old entries until the new ones are written).
    """
    run = IndexRebuild.objects.create()
    count = 0
    for alias, backend in engine_backends():
        for index, models in backend_indexes(backend):
            rebuilder = backend.rebuilder_class(index)
            new_index = rebuilder.start()
            for model in models:
                new_index.add_model(model)
            set_refresh_interval(backend, new_index.name, REFRESH_OFF)
            for model in models:
                queryset = indexed_objects(backend, model)
                total = queryset.count()
                label = f"{alias}: {model._meta.label}"
                count += send_while_loading(
                    progress(
                        batches(queryset),
                        desc=label,
                        total=-(-total // BATCH_SIZE),
                        unit="batches",
                    ),
                    lambda chunk, m=model, i=new_index: i.add_items(m, chunk),
                )
            set_refresh_interval(backend, new_index.name, None)
            refresh_filled_index(backend, new_index.name)
            rebuilder.finish()
        remove_leftover_indices(backend)
        remove_indices_no_longer_held(backend)
    for alias, backend in database_backends():
        count += rebuild_database_index(alias, backend, progress)
    with transaction.atomic():
        run.finished_at = timezone.now()
        run.object_count = count
        run.save()
    catch_up(progress)
    return count


def rebuild_database_index(alias: str, backend, progress: Progress) -> int:
    """Rewrite the index entries of a database backend from the records it holds;
    entries of records that are gone are dropped. Returns the number of records."""
    grouped = {}
    for model in get_indexed_models():
        if holds(backend, model):
            index = backend.get_index_for_model(model)
            grouped.setdefault(index.get_key(), (index, []))[1].append(model)
    count = 0
    for index, models in grouped.values():
        rebuilder = backend.rebuilder_class(index)
        rewritten = rebuilder.start()
        for model in models:
            rewritten.add_model(model)
            queryset = indexed_objects(backend, model)
            # In this thread: the rebuilder's transaction is this connection's.
            for chunk in progress(
                batches(queryset, DATABASE_BATCH_SIZE),
                desc=f"{alias}: {model._meta.label}",
                total=-(-queryset.count() // DATABASE_BATCH_SIZE),
                unit="batches",
            ):
                rewritten.add_items(model, chunk)
                count += len(chunk)
        rebuilder.finish()
    return count


def remove_leftover_indices(backend) -> list[str]:
    """Delete this backend's indices that no alias points to (a crashed rebuild's)."""
    client = backend.es
    found = client.indices.get_alias(index=f"{backend.index_prefix}*")
    alias_names = {
        alias for info in found.values() for alias in info.get("aliases", {})
    }
    leftovers = sorted(
        name
        for name, info in found.items()
        if not info.get("aliases")
        and any(name.startswith(f"{alias}_") for alias in alias_names)
    )
    for name in leftovers:
        client.indices.delete(index=name)
    return leftovers


def remove_indices_no_longer_held(backend) -> list[str]:
    """Delete the indexes of models this backend no longer holds; return their names.

    The engine's default backend once held enterprises too; its old index would
    otherwise stay on the engine, stale, for good.
    """
    held = {index.name for index, _models in backend_indexes(backend)}
    client = backend.es
    removed = []
    for model in get_indexed_models():
        name = backend.get_index_for_model(model).name
        if name in held or name in removed or not client.indices.exists(index=name):
            continue
        for concrete in client.indices.get(index=name):
            client.indices.delete(index=concrete)
        removed.append(name)
    return removed
