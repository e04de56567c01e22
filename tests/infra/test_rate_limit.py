"""Rate limits hold on the shared cache, also when requests arrive at once."""

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

from django.test import RequestFactory

from directory.views.rate_limit import RateLimit

LIMIT = RateLimit("test-burst", limit=5, window=60)


def visitor(address="203.0.113.7"):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def test_concurrent_requests_take_no_more_than_the_limit(redis_cache):
    start = Barrier(20)

    def attempt(_):
        start.wait()
        return LIMIT.acquire(visitor())

    with ThreadPoolExecutor(max_workers=20) as pool:
        granted = list(pool.map(attempt, range(20)))

    assert granted.count(True) == LIMIT.limit
    assert LIMIT.acquire(visitor("198.51.100.1"))  # another address has its own


def test_a_released_slot_can_be_taken_again(redis_cache):
    for _ in range(LIMIT.limit):
        assert LIMIT.acquire(visitor())
    assert not LIMIT.acquire(visitor())

    LIMIT.release(visitor())

    assert LIMIT.acquire(visitor())
    assert not LIMIT.acquire(visitor())
