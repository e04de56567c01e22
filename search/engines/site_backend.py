"""A backend that holds one language only, and results that return every facet."""

import os
import threading

from modelsearch.backends.base import get_model_root
from modelsearch.index import class_is_indexed
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from search.engines.backlog import BacklogMixin
from search.engines.documents import PlannedDocumentMixin
from search.engines.lifecycle import EnsureIndexMixin, ensure_index
from search.engines.ranking import RankingQueryCompilerMixin

# modelsearch sends terms aggregations without a size, so only 10 buckets come back
# (wagtail#5668); the guide has 14 sectors. Ask for enough buckets for any facet.
FACET_BUCKETS = 1000


def _locale_codes() -> dict[int, str]:
    return dict(Locale.objects.values_list("pk", "language_code"))


class LanguageIndexMixin:
    """Index only the objects of the backend's language (all when it has none)."""

    def _keeps(self, item, codes) -> bool:
        language = self.backend.language
        if language is None:
            return True
        locale_id = getattr(item, "locale_id", None)
        return locale_id is not None and codes.get(locale_id) == language

    def add_item(self, item):
        if self._keeps(item, _locale_codes()):
            super().add_item(item)

    def add_items(self, model, items):
        self.send(self.documents(model, items))

    def documents(self, model, items) -> list[dict]:
        """The bulk actions that index these items (those of the backend's language).

        Apart from `send`, so a caller can build the next batch (reading the
        database) while a thread sends this one (the engine's work only).
        """
        if not class_is_indexed(model):
            return []
        codes = _locale_codes()
        mapping = self.mapping_class(model)
        return [
            {"_id": mapping.get_document_id(item), **mapping.get_document(item)}
            for item in items
            if self._keeps(item, codes)
        ]

    def send(self, actions: list[dict]) -> None:
        if actions:
            ensure_index(self.backend, self)
            self.backend.bulk(self.es, actions, index=self.name)


class AllFacetsResultsMixin:
    def _backend_do_search(self, body, **kwargs):
        for aggregation in body.get("aggregations", {}).values():
            if "terms" in aggregation:
                aggregation["terms"].setdefault("size", FACET_BUCKETS)
        return super()._backend_do_search(body, **kwargs)


# Rebuilds and imports send this many documents per bulk request (a few MB).
BULK_DOCUMENTS = 2000
BULK_BYTES = 20 * 1024 * 1024
# A visitor's search gives up after the backend's TIMEOUT (seconds); a bulk request
# of a rebuild or an import may take longer on a busy node without having failed.
BULK_TIMEOUT = 120


class ModelScopeMixin:
    """Leaves out the models named in EXCLUDE_MODELS ("app_label.Model").

    Nothing of them is indexed here; a search of them runs on the `fallback`
    backend (plain SQL over the indexed fields), which is complete and exact.
    """

    def __init__(self, params):
        self.excluded_models = frozenset(
            label.lower() for label in params.pop("EXCLUDE_MODELS", ())
        )
        self.fallback_alias = params.pop("FALLBACK_ALIAS", "fallback")
        super().__init__(params)

    def holds_model(self, model) -> bool:
        return get_model_root(model)._meta.label_lower not in self.excluded_models

    def add(self, obj):
        if self.holds_model(type(obj)):
            super().add(obj)

    def add_bulk(self, model, obj_list):
        if self.holds_model(model):
            super().add_bulk(model, obj_list)

    def delete(self, obj):
        if self.holds_model(type(obj)):
            super().delete(obj)

    def _model_of(self, model_or_queryset):
        return getattr(model_or_queryset, "model", model_or_queryset)

    def search(self, query, model_or_queryset, **kwargs):
        if self.holds_model(self._model_of(model_or_queryset)):
            return super().search(query, model_or_queryset, **kwargs)
        fallback = get_search_backend(self.fallback_alias)
        return fallback.search(query, model_or_queryset, **kwargs)

    def autocomplete(self, query, model_or_queryset, **kwargs):
        if self.holds_model(self._model_of(model_or_queryset)):
            return super().autocomplete(query, model_or_queryset, **kwargs)
        fallback = get_search_backend(self.fallback_alias)
        return fallback.autocomplete(query, model_or_queryset, **kwargs)

    def bulk(self, client, *args, **kwargs):
        kwargs.setdefault("chunk_size", BULK_DOCUMENTS)
        kwargs.setdefault("max_chunk_bytes", BULK_BYTES)
        if hasattr(client, "options"):  # Elasticsearch 8 and 9 clients
            client = client.options(request_timeout=BULK_TIMEOUT)
        else:  # OpenSearch
            kwargs.setdefault("request_timeout", BULK_TIMEOUT)
        return super().bulk(client, *args, **kwargs)


class LanguageBackendMixin:
    """Reads LANGUAGE from the backend's settings; analysis comes with INDEX_SETTINGS."""

    def __init__(self, params):
        self.language = params.pop("LANGUAGE", None)
        super().__init__(params)


_clients: dict[tuple, object] = {}
_clients_lock = threading.Lock()


def shared_client(client_class):
    """One engine client per process and configuration, instead of one per backend.

    modelsearch builds a new backend, and with it a client with a connection pool of
    its own, on every `get_search_backend()`: each search opened a new connection.
    Clients are thread-safe; the process id keeps a forked worker off its parent's.
    """

    def client(hosts, **options):
        key = (os.getpid(), repr(hosts), repr(sorted(options.items())))
        with _clients_lock:
            if key not in _clients:
                _clients[key] = client_class(hosts=hosts, **options)
            return _clients[key]

    return staticmethod(client)


def site_backend(base_backend):
    """Derive the site's backend class from one of modelsearch's engine backends."""
    index_class = type(
        f"Language{base_backend.index_class.__name__}",
        (LanguageIndexMixin, EnsureIndexMixin, base_backend.index_class),
        {},
    )
    results_class = type(
        f"AllFacets{base_backend.results_class.__name__}",
        (AllFacetsResultsMixin, base_backend.results_class),
        {},
    )
    query_compiler_class = type(
        f"Ranking{base_backend.query_compiler_class.__name__}",
        (RankingQueryCompilerMixin, base_backend.query_compiler_class),
        {},
    )
    mapping_class = type(
        f"Planned{base_backend.mapping_class.__name__}",
        (PlannedDocumentMixin, base_backend.mapping_class),
        {},
    )
    return type(
        f"Site{base_backend.__name__}",
        (ModelScopeMixin, BacklogMixin, LanguageBackendMixin, base_backend),
        {
            "index_class": index_class,
            "results_class": results_class,
            "query_compiler_class": query_compiler_class,
            "mapping_class": mapping_class,
            "client_class": shared_client(base_backend.client_class),
        },
    )
