"""A fixed-window rate limit per client address, kept in the shared cache.

Taking a slot is one atomic increment in the cache, so concurrent requests on any
number of processes cannot all slip under the limit.
"""

from contextlib import suppress
from dataclasses import dataclass

from django.core.cache import cache

from core.proxies import client_ip


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` counted actions per `window` seconds for each address.

    A `subject` other than the client address (an account, say) may be given.
    """

    scope: str
    limit: int
    window: int

    def _key(self, request, subject: str | None) -> str:
        return f"rate-limit:{self.scope}:{subject or client_ip(request)}"

    def acquire(self, request, subject: str | None = None) -> bool:
        """Take one slot; False (and nothing taken) when the limit is reached."""
        key = self._key(request, subject)
        if cache.add(key, 1, self.window):
            return True
        try:
            taken = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            return cache.add(key, 1, self.window) or self.acquire(request, subject)
        if taken > self.limit:
            self.release(request, subject)
            return False
        return True

    def release(self, request, subject: str | None = None) -> None:
        """Give back a slot taken for an action that turned out not to count."""
        # ValueError: the window ended meanwhile, nothing is left to give back.
        with suppress(ValueError):
            cache.decr(self._key(request, subject))
