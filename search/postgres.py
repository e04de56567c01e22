"""The database backend on PostgreSQL: each record stemmed in its own language.

Wagtail's PostgreSQL backend keeps one index entry per record with one text-search
configuration for all of them, so French records would be stemmed as Dutch
("boulangeries" would not find "boulangerie"). Here a record with a locale is
indexed with its language's configuration (`coopkracht_nl`, `coopkracht_fr`, made
by the search app's migrations), and a query is read in both, so each record meets
it in its own language. The beginning of a word is matched with
`coopkracht_prefix` (simple + unaccent), so "coop" finds "Coöperaties".
"""

import copy
from collections import defaultdict

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale

LANGUAGE_CONFIGS = {"nl": "coopkracht_nl", "fr": "coopkracht_fr"}


def _language_codes() -> dict[int, str]:
    return dict(Locale.objects.values_list("pk", "language_code"))


class _LanguageIndexer:
    """What an index entry of one language reads from the backend: its configurations."""

    def __init__(self, backend, config: str):
        self.config = config
        self.autocomplete_config = backend.autocomplete_config


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        codes = _language_codes()
        by_config = defaultdict(list)
        for obj in objs:
            language = codes.get(getattr(obj, "locale_id", None))
            by_config[LANGUAGE_CONFIGS.get(language, self.backend.config)].append(obj)
        for config, group in by_config.items():
            index = copy.copy(self)
            index.backend = _LanguageIndexer(self.backend, config)
            PostgresIndex.add_items(index, model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        configs = dict.fromkeys([config, *LANGUAGE_CONFIGS.values()])
        queries = [self.build_tsquery_content(query, config=each) for each in configs]
        combined = queries[0]
        for other in queries[1:]:
            combined = combined | other
        return combined


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")
