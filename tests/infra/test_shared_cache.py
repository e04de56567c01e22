"""CACHE_URL: one cache for every process of the site.

See docs/contract.md#configuration.
"""

import pytest
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured

from config.env import cache_from_url
from tests.processes import in_fresh_process


def test_without_cache_url_only_debug_gets_local_memory():
    assert cache_from_url("", debug=True)["BACKEND"].endswith("LocMemCache")
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        cache_from_url("", debug=False)


def test_a_redis_url_selects_djangos_redis_cache():
    config = cache_from_url("redis://cache.internal:6379/2", debug=False)
    assert config == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.internal:6379/2",
    }


def test_what_one_process_counts_another_sees(redis_cache):
    assert isinstance(redis_cache, RedisCache)
    redis_cache.set("shared-counter", 1)
    in_fresh_process(
        "from django.core.cache import cache; cache.incr('shared-counter')"
    )
    assert redis_cache.get("shared-counter") == 2
    assert (
        in_fresh_process(
            "from django.core.cache import cache; print(cache.get('shared-counter'))"
        )
        == "2"
    )
