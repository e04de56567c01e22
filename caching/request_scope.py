"""Values read from the shared cache at most once per request.

A page asks for some shared values several times while it is built (the content
generation, the guide's terms); each ask is a round trip to the cache. Within a
request (`RequestScopeMiddleware`) the first answer is kept and given again;
outside one (tasks, commands) every ask reads anew. A write that changes such a
value in the middle of a request replaces or drops it here too (`remember`,
`forget`), so the rest of the request sees the change.
"""

from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import Any

_scope: ContextVar[dict | None] = ContextVar("request_scope", default=None)


class RequestScopeMiddleware:
    """Give each request its own scope, dropped when the response is made."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _scope.set({})
        try:
            return self.get_response(request)
        finally:
            _scope.reset(token)


def once_per_request(key: Hashable, compute: Callable[[], Any]) -> Any:
    """`compute()`, or what it gave earlier in this request."""
    scope = _scope.get()
    if scope is None:
        return compute()
    if key not in scope:
        scope[key] = compute()
    return scope[key]


def remember(key: Hashable, value: Any) -> None:
    """The value of `key` for the rest of this request."""
    scope = _scope.get()
    if scope is not None:
        scope[key] = value


def forget(*keys: Hashable) -> None:
    """Read `keys` anew at their next use in this request."""
    scope = _scope.get()
    if scope is not None:
        for key in keys:
            scope.pop(key, None)
