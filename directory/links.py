"""Addresses of the guide and its enterprise pages, per language."""

from django.apps import apps
from wagtail.models import Page


def guide_urls(request=None) -> dict[str, str]:
    """Language code → relative URL of the live guide page (one query)."""
    # By name: the guide page's routes call the views that call this.
    GuidePage = apps.get_model("directory", "GuidePage")
    urls = {}
    for guide in GuidePage.objects.live().select_related("locale"):
        url = Page.get_url(guide, request=request)
        if url:
            urls.setdefault(guide.locale.language_code, url)
    return urls


def enterprise_path(guide_url: str, enterprise) -> str:
    return slug_path(guide_url, enterprise.slug)


def slug_path(guide_url: str, slug: str) -> str:
    """The address of the enterprise page with this slug in that guide."""
    return f"{guide_url}{slug}/"
