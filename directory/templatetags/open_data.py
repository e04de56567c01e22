"""`{% open_data_links %}`: the guide's downloads and the API reference, for menus."""

from django import template
from django.utils import translation

from directory.api.docs import docs_url
from directory.api.downloads import download_links
from directory.api.params import DEFAULT_LANGUAGE

register = template.Library()


@register.simple_tag
def open_data_links(query=None) -> dict:
    """The downloads (of the search `query`, else of the whole guide) and the
    API reference, in the current language."""
    language = translation.get_language() or DEFAULT_LANGUAGE
    return {"downloads": download_links(language, query), "docs": docs_url(language)}
