"""The database backend on PostgreSQL, with accents folded in prefix matching too.

Wagtail's PostgreSQL backend matches the beginning of a word with the `simple`
configuration, so "coop" would not find "Coöperaties". The search app's
migrations create `coopkracht_prefix` (simple + unaccent) for that.
"""

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend


class SearchBackend(PostgresSearchBackend):
    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")
