"""Wagtail's other name for `update_index`: the site's rebuild as well."""

from search.management.commands.update_index import Command  # noqa: F401
