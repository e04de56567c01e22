"""The database backend on PostgreSQL: each record stemmed in its own language.

Wagtail's PostgreSQL backend keeps one index entry per record with one text-search
configuration for all of them, so French records would be stemmed as Dutch
("boulangeries" would not find "boulangerie"). Here a record with a locale is
indexed with its language's configuration (`coopkracht_nl`, `coopkracht_fr`, made
by the search app's migrations), and a query is read in both, so each record meets
it in its own language. The beginning of a word is matched with
`coopkracht_prefix` (simple + unaccent), so "coop" finds "Coöperaties". Each
searched word is read in its singular and plural forms (`search.word_forms`),
since the stemmers keep some of them apart. As on the engine, a query finds
the records with any of its words, and those with every word come first,
whatever their rank (`every_word`): by ts_rank alone, a record repeating one
word many times would come before them.
"""

import copy
import operator
import re
from collections import defaultdict
from contextlib import contextmanager
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import (
    BigIntegerField,
    BooleanField,
    ExpressionWrapper,
    F,
    Q,
    Value,
)
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import And, Or, PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from search.query_words import last_word, word_forms

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


class _WordForm(PlainText):
    """One form of one searched word: searched as written, not expanded again."""


def _terms(text: str) -> list[str]:
    return [term for term in re.split(r"[\s\-]+", text) if term]


def with_word_forms(query: PlainText) -> PlainText | And | Or:
    """`query` with each of its words replaced by any of the word's forms."""
    terms = _terms(query.query_string)
    if not terms:
        return query
    words = [Or([_WordForm(form) for form in word_forms(term)]) for term in terms]
    combine = And if query.operator == "and" else Or
    return reduce(lambda left, right: combine([left, right]), words)


def every_word(query) -> PlainText | None:
    """A plain-text query of several words, with all of them required; else None."""
    if type(query) is not PlainText or query.operator == "and":
        return None
    if len(_terms(query.query_string)) < 2:
        return None
    return PlainText(query.query_string, operator="and")


def _lexemes_of(pairs: list[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """{(configuration, word): the lexemes the configuration makes of the word}."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c, w, tsvector_to_array(to_tsvector(c::regconfig, w)) "
            "FROM unnest(%s::text[], %s::text[]) AS pairs (c, w)",
            [[config for config, _ in pairs], [word for _, word in pairs]],
        )
        return {(config, word): lexemes for config, word, lexemes in cursor}


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def lexeme_groups(query: PlainText, configs: list[str], known: dict):
    """Each word of `query` as the distinct lexemes of its forms in every
    configuration, in tsquery syntax ("('led' | 'leden')"); words that make no
    lexeme (stop words) are left out.

    Each word is asked in several forms (`word_forms`) and configurations, which
    mostly come to the same few lexemes; a tsquery naming each lexeme once is
    tested against every entry several times faster than one repeating them.
    One query to the database reads the lexemes (`known` keeps them for the
    next call). None when a form makes more than one lexeme (its words would
    have to follow each other) or no word makes any: the caller builds the
    query in full.
    """
    words = {term: word_forms(term) for term in _terms(query.query_string)}
    pairs = [
        (config, form)
        for forms in words.values()
        for form in forms
        for config in configs
        if (config, form) not in known
    ]
    if pairs:
        known.update(_lexemes_of(pairs))
    groups = []
    for forms in words.values():
        lexemes = [known[(config, form)] for form in forms for config in configs]
        if any(len(each) > 1 for each in lexemes):
            return None
        distinct = sorted({each[0] for each in lexemes if each})
        if distinct:
            groups.append("(" + " | ".join(map(_quoted, distinct)) + ")")
    return groups or None


def _raw(tsquery: str) -> SearchQuery:
    return SearchQuery(tsquery, search_type="raw", config="simple")


def lexeme_query(query: PlainText, configs: list[str], known: dict):
    """`query` as one tsquery of its words' lexemes (`lexeme_groups`), or None."""
    groups = lexeme_groups(query, configs, known)
    if groups is None:
        return None
    return _raw((" & " if query.operator == "and" else " | ").join(groups))


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    # Any of the words (modelsearch's PostgreSQL default is all of them).
    DEFAULT_OPERATOR = "or"
    # The query with every word required, as SQL, while a search is built.
    _every_word = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The lexemes of each (configuration, word form) read so far.
        self._lexemes = {}

    @staticmethod
    def _configs(config) -> list[str]:
        return list(dict.fromkeys([config, *LANGUAGE_CONFIGS.values()]))

    def word_tsqueries(self, query: PlainText, config) -> list[SearchQuery] | None:
        """Each word of `query` as a tsquery of its lexemes (`lexeme_groups`)."""
        groups = lexeme_groups(query, self._configs(config), self._lexemes)
        return None if groups is None else [_raw(group) for group in groups]

    def search(self, config, start, stop, score_field=None, backend=None):
        required = every_word(self.query)
        self._every_word = (
            None if required is None else self.build_tsquery(required, config=config)
        )
        return super().search(
            config, start, stop, score_field=score_field, backend=backend
        )

    def _apply_ordering_and_scoring(
        self, queryset, rank_expression, start, stop, score_field=None
    ):
        """Records with every word first, then by rank (modelsearch's order)."""
        if self._every_word is None or not self.order_by_relevance:
            return super()._apply_ordering_and_scoring(
                queryset, rank_expression, start, stop, score_field
            )
        has_every_word = ExpressionWrapper(
            Q(_vector_=self._every_word), output_field=BooleanField()
        )
        queryset = queryset.order_by(
            has_every_word.desc(), rank_expression.desc(), "-pk"
        )
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset[start:stop]

    def build_tsquery_content(self, query, config=None, invert=False):
        if type(query) is PlainText:
            query = with_word_forms(query)
        return super().build_tsquery_content(query, config=config, invert=invert)

    def build_tsquery(self, query, config=None):
        configs = self._configs(config)
        if type(query) is PlainText:
            found = lexeme_query(query, configs, self._lexemes)
            if found is not None:
                return found
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


# What a text search in SQL is planned with (`favouring_text_indexes`).
TEXT_SEARCH_SETTINGS = {
    "enable_seqscan": "off",
    "random_page_cost": "1.1",
    "work_mem": "32MB",
}


@contextmanager
def favouring_text_indexes():
    """Plan the statements of the block to find the matches through the GIN indexes.

    The planner prices testing an index entry against a query like comparing two
    numbers; it costs a hundred times that. It would rather test every entry
    than read a broad search's matches through the GIN indexes, which finds the
    same entries in a third of the time or less (at 50,000 enterprises, 36,000
    matching entries of 100,000: about 75 ms against 200 ms). So the block
    plans no sequential scan where an index serves, and reads as from memory
    (`random_page_cost`). A broad search's matches are kept for the counts and
    the page: with the default `work_mem` (4 MB) they spill to disk. Call
    inside a transaction; the settings are restored when the block ends.
    """
    names = list(TEXT_SEARCH_SETTINGS)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, current_setting(name), set_config(name, value, true) "
            "FROM unnest(%s::text[], %s::text[]) AS wanted (name, value)",
            [names, [TEXT_SEARCH_SETTINGS[name] for name in names]],
        )
        before = {name: value for name, value, _ in cursor}
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config(name, value, true) "
                "FROM unnest(%s::text[], %s::text[]) AS before (name, value)",
                [list(before), list(before.values())],
            )


# The columns of `index_matches` that rank its entries, most telling first; each
# sorts descending, and the record's key breaks ties.
RANKED_BY = ("every_word", "whole", "rank", "begins_rank")


def index_matches(model, query: str, alias: str):
    """The index entries of `model` that `query` matches, as SQL nothing has run yet.

    For callers that count, filter and page in their own statements rather than
    take every hit as a list: IndexEntry rows annotated `record` (the record's
    primary key), `every_word` (each of the query's words in the title or the
    body), `whole` (a word matched whole, in the record's language) and
    `rank` (modelsearch's own rank); the beginning of the last word matches too
    (`whole` false, ranked by `begins_rank`). Order by `RANKED_BY`. The
    title and body are matched apart so their GIN indexes serve. None unless
    `alias` is this PostgreSQL backend.
    """
    backend = get_search_backend(alias)
    if not isinstance(backend, SearchBackend):
        return None
    records = model.objects.all()
    words = backend.query_compiler_class(records, query)
    config = words.get_config(backend)
    whole = words.build_tsquery(words.query, config=config)
    matched = Q(title=whole) | Q(body=whole)
    required = every_word(words.query)
    each_word = required and words.word_tsqueries(words.query, config)
    if required is None:
        has_every_word = matched
    elif each_word:
        # Each word in the title or the body: the same as matching the two
        # together, without joining them for every entry.
        has_every_word = reduce(
            operator.and_, [Q(title=each) | Q(body=each) for each in each_word]
        )
    else:
        has_every_word = Q(document=words.build_tsquery(required, config=config))
    rank = words.build_tsrank(F("title"), words.query, config=config) * F(
        "title_norm"
    ) + words.build_tsrank(F("body"), words.query, config=config)
    beginning = last_word(query)
    if beginning:
        typed = backend.autocomplete_query_compiler_class(records, beginning)
        prefix = typed.build_tsquery(typed.query, config=typed.get_config(backend))
        matching = matched | Q(autocomplete=prefix)
        begins_rank = SearchRank(F("autocomplete"), prefix)
    else:
        matching, begins_rank = matched, Value(0.0)
    return (
        IndexEntry.objects.filter(content_type_id=get_content_type_pk(model))
        .filter(matching)
        .alias(document=F("title")._combine(F("body"), "||", False))
        .annotate(
            record=Cast("object_id", BigIntegerField()),
            every_word=ExpressionWrapper(has_every_word, output_field=BooleanField()),
            whole=ExpressionWrapper(matched, output_field=BooleanField()),
            rank=rank,
            begins_rank=begins_rank,
        )
    )
