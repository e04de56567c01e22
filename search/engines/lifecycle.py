"""Engine indexes exist, with their settings and mapping, before the first write.

modelsearch writes documents to an index by name and lets the engine create a
missing index on the fly. Such an index gets the engine's guessed (dynamic) mapping
and standard analysis instead of the site's: text search then matches nothing,
until a rebuild replaces it. So every write first makes sure its index exists
(checked once per process), `migrate` creates them all, and `/healthz` reports an
index that is missing or was created without its mapping.
"""

import contextlib
import logging
import threading

from django.conf import settings
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from search.indexing import holds

logger = logging.getLogger(__name__)

# A field only the site's mapping defines (documents never carry it): an index
# the engine created from a document lacks it.
MAPPED_FIELD = "_all_text"
# The concrete index behind the alias of a fresh engine. A fixed name makes two
# processes creating it at once harmless: the second one is refused.
FIRST_INDEX_SUFFIX = "_first"

_ready: set[tuple[str, str]] = set()
_lock = threading.Lock()


def engine_backends() -> list:
    """The configured backends that live on an engine (those with a client)."""
    found = []
    for alias in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(alias)
        if getattr(backend, "es", None) is not None:
            found.append((alias, backend))
    return found


def backend_indexes(backend) -> list[tuple[object, list]]:
    """Each index of the backend with the indexed models it holds."""
    grouped = {}
    for model in get_indexed_models():
        if holds(backend, model):
            index = backend.get_index_for_model(model)
            grouped.setdefault(index.name, (index, []))[1].append(model)
    return list(grouped.values())


def _key(backend, name: str) -> tuple[str, str]:
    return (repr(backend.hosts), name)


def _body(backend, models) -> dict:
    properties = {}
    for model in models:
        properties.update(backend.mapping_class(model).get_mapping()["properties"])
    return {**backend.settings, "mappings": {"properties": properties}}


def _uses_aliases(backend) -> bool:
    return backend.rebuilder_class is backend.atomic_rebuilder_class


def create_index(backend, index, models) -> bool:
    """Create the index with its settings and mapping; False if it already existed.

    Behind an alias when the backend rebuilds atomically, so the first rebuild can
    switch the alias instead of deleting an index in use.
    """
    client = backend.es
    if client.indices.exists(index=index.name):
        return False
    body = _body(backend, models)
    concrete = index.name
    if _uses_aliases(backend):
        concrete = index.name + FIRST_INDEX_SUFFIX
        body["aliases"] = {index.name: {}}
    try:
        if backend.use_new_elasticsearch_api:
            client.indices.create(index=concrete, **body)
        else:
            client.indices.create(index=concrete, body=body)
    except Exception:  # each client names "already exists" differently
        if client.indices.exists(index=index.name):
            return False  # another process created it meanwhile
        raise
    logger.info("created search index %s", index.name)
    return True


def ensure_index(backend, index) -> None:
    """Before a write: create the index if this process has not seen it yet."""
    key = _key(backend, index.name)
    if key in _ready:
        return
    with _lock:
        if key in _ready:
            return
        for found, models in backend_indexes(backend):
            if found.name == index.name:
                create_index(backend, index, models)
        _ready.add(key)


def ensure_indexes(backend) -> list[str]:
    """Create every missing index of the backend; return the names created."""
    created = []
    for index, models in backend_indexes(backend):
        if create_index(backend, index, models):
            created.append(index.name)
        _ready.add(_key(backend, index.name))
    return created


REFRESH_OFF = "-1"


def set_refresh_interval(backend, name: str, interval: str | None) -> None:
    """Refresh off ("-1") while an index is filled; None restores the default."""
    body = {"index": {"refresh_interval": interval}}
    if backend.use_new_elasticsearch_api:
        backend.es.indices.put_settings(index=name, settings=body)
    else:
        backend.es.indices.put_settings(index=name, body=body)


@contextlib.contextmanager
def refresh_paused(model):
    """Refresh off on the engine indexes holding `model` while a bulk write runs.

    An index made searchable every second while thousands of documents arrive
    spends its time refreshing; the new documents show up together at the end.
    An unreachable engine is left alone (the writes report it themselves).
    """
    paused = []
    for alias, backend in engine_backends():
        if not holds(backend, model):
            continue
        index = backend.get_index_for_model(model)
        try:
            ensure_index(backend, index)
            set_refresh_interval(backend, index.name, REFRESH_OFF)
        except Exception:  # the clients raise transport errors of many kinds
            logger.warning("could not pause refresh of %s", alias, exc_info=True)
            continue
        paused.append((backend, index.name))
    try:
        yield
    finally:
        for backend, name in paused:
            try:
                set_refresh_interval(backend, name, None)
                backend.es.indices.refresh(index=name)
            except Exception:
                logger.warning("could not restore refresh of %s", name, exc_info=True)


FILLED_INDEX_TIMEOUT = 300


def refresh_filled_index(backend, name: str) -> None:
    """Make a freshly filled index searchable before its alias moves to it.

    The first refresh after a bulk load writes every segment out, which takes far
    longer than the few seconds a search may wait.
    """
    backend.es.indices.refresh(index=name, request_timeout=FILLED_INDEX_TIMEOUT)


def forget() -> None:
    """Check again before the next write (after indexes were deleted, as in tests)."""
    with _lock:
        _ready.clear()


def index_problems(backend) -> list[str]:
    """Names of the backend's indexes that are missing or lack the site's mapping."""
    wanted = [index.name for index, _models in backend_indexes(backend)]
    if not wanted:
        return []
    found = backend.es.indices.get(
        index=",".join(wanted),
        ignore_unavailable=True,
        filter_path=f"*.aliases,*.mappings.properties.{MAPPED_FIELD}",
    )
    mapped = set()
    for name, info in (found or {}).items():
        if MAPPED_FIELD in info.get("mappings", {}).get("properties", {}):
            mapped.add(name)
            mapped.update(info.get("aliases", {}))
    return [name for name in wanted if name not in mapped]


def create_all_indexes(verbosity=1, stdout=None, **kwargs) -> None:
    """post_migrate: create the engine's missing indexes; an absent engine only warns."""
    write = stdout.write if stdout is not None and verbosity else lambda text: None
    for alias, backend in engine_backends():
        try:
            created = ensure_indexes(backend)
        except Exception:  # the clients raise transport errors of many kinds
            logger.warning("search engine unreachable", exc_info=True)
            write(
                "Search engine unreachable: its indexes will be created on the "
                "first write, or run rebuild_search_index."
            )
            return
        for name in created:
            write(f"Search backend {alias!r}: created index {name}.")


class EnsureIndexMixin:
    """For an engine's index class: the index exists with its mapping before a write."""

    def add_item(self, item):
        ensure_index(self.backend, self)
        super().add_item(item)

    def add_items(self, model, items):
        if items:
            ensure_index(self.backend, self)
        super().add_items(model, items)
