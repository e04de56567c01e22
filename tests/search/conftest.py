"""The real search engine in tests: fresh indexes per test, refreshed on demand."""

import os

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from directory.models import Enterprise
from search.fallback import ENGINE_DOWN_KEY
from tests.directory.factories import EnterpriseFactory

ENGINE_ALIASES = ("default", "nl", "fr")
PUBLIC_MODELS = [Enterprise, Page]


def pytest_collection_modifyitems(config, items):
    # Under CI an engine test without an engine runs, and fails: never a silent skip.
    if os.environ.get("SEARCH_URL") or os.environ.get("CI") == "true":
        return
    skip = pytest.mark.skip(reason="needs SEARCH_URL (make test starts the engine)")
    for item in items:
        if "engine" in item.keywords:
            item.add_marker(skip)


def engine_backends():
    return [
        get_search_backend(alias)
        for alias in ENGINE_ALIASES
        if alias in settings.WAGTAILSEARCH_BACKENDS
    ]


def engine_indexes(models=None):
    seen = {}
    for backend in engine_backends():
        for model in models or get_indexed_models():
            index = backend.get_index_for_model(model)
            seen.setdefault(index.name, (index, []))[1].append(model)
    return seen.values()


@pytest.fixture
def engine(db):
    """Empty indexes of the public models; call `engine.refresh()` before asserting."""
    cache.delete(ENGINE_DOWN_KEY)
    for backend in engine_backends():
        # Also removes what a rebuild left behind: indexes behind aliases.
        backend.es.indices.delete(index=f"{backend.index_prefix}*")
    indexes = engine_indexes(PUBLIC_MODELS)
    for index, models in indexes:
        index.put()
        for model in models:
            index.add_model(model)

    class Engine:
        @staticmethod
        def refresh():
            for index, _models in indexes:
                index.refresh()

    return Engine


@pytest.fixture
def enterprise_factory(db, locale_nl, locale_fr):
    return EnterpriseFactory
