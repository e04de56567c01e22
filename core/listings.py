"""Lists of pages one app offers to the pages of others, asked for by name.

The app that owns the pages registers each list when it starts (knowledge: the
home page's `latest_news` and `upcoming_events`); the page showing a list asks
`listing(name, locale)` and imports nothing of that app. A name nobody
registered gives an empty list, so the page shows nothing for it.
"""

from collections.abc import Callable

_listings: dict[str, Callable[..., list]] = {}


def register(name: str, pages: Callable[..., list]) -> None:
    """`pages(locale)` answers the list for one locale (a Locale or its id)."""
    _listings[name] = pages


def listing(name: str, locale) -> list:
    pages = _listings.get(name)
    return pages(locale) if pages else []
