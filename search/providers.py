"""What the site search shows besides its own pages, registered by the apps that own it.

The search imports none of the apps that fill it. Each registers, in its
`AppConfig.ready()`, either a `Provider` (a group of results found outside the
page tree, such as the guide's enterprises, with its own preview and address) or
the page types that belong in one of the search's page groups (news and events
in `news`; every other page is in `pages`).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Model

DEFAULT_PAGE_GROUP = "pages"


@dataclass
class Group:
    key: str
    results: list = field(default_factory=list)
    count: int = 0
    capped: bool = False  # there may be more than `count`


@dataclass(frozen=True)
class Provider:
    """A group of results an app finds in the visitor's language.

    `find(query, locale, address, size)` answers the `Group` with its first
    `size` results (each with a `url` when `address` is given) and its count;
    `address(request, language)` is where the app's own search lives, or None;
    `words(locale)` are names the spelling suggestions may offer. `template`
    renders the group's preview, `label` names it among the groups and `browse`
    invites a visitor who found nothing to the app's own search.
    """

    key: str
    label: str
    browse: str
    template: str
    find: Callable[..., Group]
    address: Callable[..., str | None]
    words: Callable[..., Iterable[str]] = lambda locale: ()


_providers: dict[str, Provider] = {}
_page_groups: dict[type[Model], str] = {}


def register(provider: Provider) -> None:
    _providers[provider.key] = provider


def providers() -> list[Provider]:
    return list(_providers.values())


def register_page_group(key: str, *page_types: type[Model]) -> None:
    for page_type in page_types:
        _page_groups[page_type] = key


def page_group(page) -> str:
    """The group a (specific) page is shown in: its type's, or a parent type's."""
    for page_type in type(page).__mro__:
        if page_type in _page_groups:
            return _page_groups[page_type]
    return DEFAULT_PAGE_GROUP
