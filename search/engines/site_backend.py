"""A backend that holds one language only, and results that return every facet."""

from wagtail.models import Locale

from search.engines.backlog import BacklogMixin
from search.engines.lifecycle import EnsureIndexMixin

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
        codes = _locale_codes()
        super().add_items(model, [item for item in items if self._keeps(item, codes)])


class AllFacetsResultsMixin:
    def _backend_do_search(self, body, **kwargs):
        for aggregation in body.get("aggregations", {}).values():
            if "terms" in aggregation:
                aggregation["terms"].setdefault("size", FACET_BUCKETS)
        return super()._backend_do_search(body, **kwargs)


class LanguageBackendMixin:
    """Reads LANGUAGE from the backend's settings; analysis comes with INDEX_SETTINGS."""

    def __init__(self, params):
        self.language = params.pop("LANGUAGE", None)
        super().__init__(params)


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
    return type(
        f"Site{base_backend.__name__}",
        (BacklogMixin, LanguageBackendMixin, base_backend),
        {"index_class": index_class, "results_class": results_class},
    )
