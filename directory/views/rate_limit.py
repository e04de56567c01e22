"""A fixed-window rate limit per client address, kept in Django's cache."""

from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` counted actions per `window` seconds for each address."""

    scope: str
    limit: int
    window: int

    def _key(self, request) -> str:
        # REMOTE_ADDR, not X-Forwarded-For: a visitor can write that header.
        return f"rate-limit:{self.scope}:{request.META.get('REMOTE_ADDR', '')}"

    def exceeded(self, request) -> bool:
        return cache.get(self._key(request), 0) >= self.limit

    def count(self, request) -> None:
        key = self._key(request)
        if cache.add(key, 1, self.window):
            return
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, self.window)
