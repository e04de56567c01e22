"""Wagtail's `update_index`, under which name an operator gets the site's rebuild.

Wagtail's own command knows nothing of the site's upkeep: each language backend
would load the records of both languages, saves made while it runs would be missing
from the new engine index, and the indexes an interrupted or earlier rebuild left
behind would stay. This one is `rebuild_search_index`. The search app comes before
`wagtail.search` in INSTALLED_APPS, so this command wins.
"""

from search.management.commands import rebuild_search_index


class Command(rebuild_search_index.Command):
    help = f"The same as rebuild_search_index. {rebuild_search_index.Command.help}"
