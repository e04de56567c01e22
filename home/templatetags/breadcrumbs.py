"""The breadcrumb trail: from the home page of the visitor's language down to where
they are, on every page but the home page itself.

A served page's trail is kept per process until content changes
(`caching.pages.kept_until_content_changes`); a preview's is looked up anew.
"""

from django import template
from wagtail.models import Page, Site

from caching.pages import kept_until_content_changes

register = template.Library()


def ancestors(page: Page) -> list[Page]:
    """The page's ancestors from its language's home page down, without the root.

    Wagtail's routing leaves each page it passes through as the parent of the next
    (treebeard's `_cached_parent_obj`, what `get_parent()` returns without a query),
    so a page being served walks up its path for free. A page reached any other way
    (a preview, say) asks the database once.
    """
    trail = []
    node = page
    while node.depth > 2:
        parent = node.__dict__.get("_cached_parent_obj")
        if parent is None:
            return list(page.get_ancestors()[1:])
        trail.append(parent)
        node = parent
    return trail[::-1]


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current: str = ""):
    """Links to the page's ancestors below the tree's root, then the page.

    `current` names a view served below the page (an enterprise of the guide, the
    proposal form): the page becomes a link and `current` the last crumb.
    """
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or (page.depth <= 2 and not current):
        return {"crumbs": []}
    trail = list(_trail(page, request))
    if current:
        trail.append((page.title, page.get_url(request)))
    return {"crumbs": trail, "current": current or page.title}


def _trail(page: Page, request) -> tuple[tuple[str, str], ...]:
    """(title, URL) of each ancestor, relative on the request's site."""

    def trail():
        return tuple(
            (ancestor.title, ancestor.get_url(request)) for ancestor in ancestors(page)
        )

    if page.pk is None or request is None or getattr(request, "is_preview", False):
        return trail()
    site = Site.find_for_request(request)
    key = ("breadcrumbs", page.pk, site.pk if site else None)
    return kept_until_content_changes(key, trail)
