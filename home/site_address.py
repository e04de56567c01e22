"""The default Wagtail Site follows SITE_URL, so page links name the public address."""

from django.db import connections
from wagtail.models import Site

from core.site_url import site_host_and_port


def sync_default_site() -> Site | None:
    """Give the default Site SITE_URL's hostname and port; the Site, if any."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = site_host_and_port()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def sync_after_migrate(using="default", **kwargs) -> None:
    if Site._meta.db_table in connections[using].introspection.table_names():
        sync_default_site()
