"""Absolute addresses on the public address (SITE_URL), whatever host a request used.

Behind a proxy the request's Host can be an internal name; links that leave the site
(sitemap, feeds, iCal, API, e-mails, canonical and hreflang) must name SITE_URL.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path: str) -> str:
    """`path` on the public address; an address that is already absolute stays."""
    if urlsplit(path).scheme:
        return path
    return f"{settings.SITE_URL}/{path.lstrip('/')}"


def site_host_and_port() -> tuple[str, int]:
    """The hostname and port a Wagtail Site needs to serve and link SITE_URL."""
    parts = urlsplit(settings.SITE_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
