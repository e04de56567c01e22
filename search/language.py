"""Which search backend answers a search in a given language."""

from django.conf import settings


def backend_for_language(language: str) -> str:
    """The backend alias holding `language`'s records with its analysis, else default."""
    return language if language in settings.WAGTAILSEARCH_BACKENDS else "default"


def is_engine(alias: str) -> bool:
    """Does this backend live on a search engine (rather than in the database)?"""
    return "URLS" in settings.WAGTAILSEARCH_BACKENDS[alias]
