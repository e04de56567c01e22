"""Which search backend answers a search in a given language."""

from django.conf import settings


def backend_for_language(language: str) -> str:
    """The backend alias holding `language`'s records with its analysis, else default."""
    return language if language in settings.WAGTAILSEARCH_BACKENDS else "default"
