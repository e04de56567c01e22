"""The shared cache these tests need: the suite's Redis (CACHE_URL), or a skip."""

import os

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache


@pytest.fixture
def redis_cache():
    if not isinstance(caches["default"], RedisCache):
        if os.environ.get("CI") == "true":
            pytest.fail("CACHE_URL is not set: with CI=true the tests need Redis.")
        pytest.skip("No CACHE_URL: these tests need Redis (make test starts it).")
    return caches["default"]
