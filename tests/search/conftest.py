"""The real search engine in tests: fresh indexes per test, refreshed on demand."""

import os

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from directory.models import Enterprise
from search.engines import lifecycle
from search.fallback import ENGINE_DOWN_KEY

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


@pytest.fixture
def empty_engine(db):
    """An engine holding none of the site's indexes, as a fresh deployment finds it."""
    cache.delete(ENGINE_DOWN_KEY)
    for backend in engine_backends():
        # Also removes what a rebuild left behind: indexes behind aliases.
        backend.es.indices.delete(index=f"{backend.index_prefix}*")
    lifecycle.forget()
    yield
    lifecycle.forget()


@pytest.fixture
def engine(empty_engine):
    """Empty indexes of the public models; call `engine.refresh()` before asserting."""
    indexes = []
    for backend in engine_backends():
        public = {backend.get_index_for_model(model).name for model in PUBLIC_MODELS}
        for index, models in lifecycle.backend_indexes(backend):
            if index.name in public:
                lifecycle.create_index(backend, index, models)
                indexes.append(index)

    class Engine:
        @staticmethod
        def refresh():
            for index in indexes:
                index.refresh()

    return Engine
