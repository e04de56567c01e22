"""Emptying the cache of this test run only, whether it is Redis or local memory."""

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache


def clear_run_cache() -> None:
    """Delete this run's keys; other runs on the same Redis keep theirs."""
    cache = caches["default"]
    if not isinstance(cache, RedisCache):
        cache.clear()
        return
    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{cache.key_prefix}:*", count=1000))
    if keys:
        client.delete(*keys)
