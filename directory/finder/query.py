"""Finding published enterprises for the guide, the API and the site search."""

import logging
import math
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from directory.finder.engine import engine_page
from directory.finder.errors import GuideParamError
from directory.finder.facet_cache import unfiltered_facets
from directory.finder.facets import (
    RankedMatches,
    facet_counts,
    facet_counts_and_page,
)
from directory.finder.geo import distance_expression, within
from directory.finder.locales import as_locale
from directory.finder.params import GuideFilters
from directory.finder.search import query_parts, search_ids
from directory.finder.term_arrays import tagged_with
from directory.models import Enterprise, Label, Sector
from search.fallback import available_engine, engine_failed, text_matches
from search.language import backend_for_language
from search.postgres import RANKED_BY, favouring_text_indexes

SOURCE_LANGUAGE = "nl"
logger = logging.getLogger(__name__)


@dataclass
class GuideResults:
    """One page of the guide's results, with the facets of the whole result set."""

    count: int
    page: int
    num_pages: int
    page_size: int
    enterprises: list[Enterprise]
    facets: dict[str, list[dict]] = field(default_factory=dict)
    search_fallback: bool = False
    # The search backend that matched the text (`search.fallback.FALLBACK_ALIAS`
    # for plain SQL); None when no text was searched.
    search_backend: str | None = None

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def published_enterprises(locale):
    """The live enterprises of one language: what visitors may see."""
    return Enterprise.objects.filter(locale=locale, live=True)


def result_condition(
    filters: GuideFilters,
    locale,
    matched,
    prefix: str = "",
    *,
    ignore: frozenset[str] = frozenset(),
) -> Q:
    """The enterprises `filters` select, as a condition on fields behind `prefix`.

    OR inside a dimension, AND across dimensions; `matched` are the search's hits
    (keys or a subquery of keys; None without a text search).
    `ignore` ("sector", "label", "province") leaves those dimensions' choices
    out, as their own facet counts need.
    """

    def field(name: str) -> str:
        return prefix + name

    condition = Q(**{field("locale"): locale, field("live"): True})
    if filters.sectors and "sector" not in ignore:
        condition &= tagged_with("sector", filters.sectors, locale, prefix)
    if filters.labels and "label" not in ignore:
        condition &= tagged_with("label", filters.labels, locale, prefix)
    if filters.provinces and "province" not in ignore:
        condition &= Q(**{field("province__in"): filters.provinces})
    if filters.cooperative:
        condition &= Q(**{field("cooperative"): True})
    if filters.nrc:
        condition &= Q(**{field("nrc_accredited"): True})
    if filters.near is not None:
        condition &= within(filters.near, filters.km, prefix)
    if matched is not None:
        condition &= Q(**{field("pk__in"): matched})
    return condition & query_parts(filters.q).condition(prefix)


# What a list of results shows (the guide page, the site search): the name, the
# page's address, the place and the sectors.
LISTED_FIELDS = ("locale", "name", "slug", "postcode", "municipality", "province")


def _sectors():
    return Prefetch("sectors", queryset=Sector.objects.order_by("sort_order", "name"))


def _for_display(queryset):
    """Load each enterprise whole, without a query per enterprise."""
    return queryset.select_related("locale", "logo").prefetch_related(
        _sectors(),
        Prefetch("labels", queryset=Label.objects.order_by("sort_order", "name")),
    )


def _for_listing(queryset):
    """Load only what a list of results shows (`LISTED_FIELDS`, the sectors)."""
    return (
        queryset.only(*LISTED_FIELDS)
        .select_related("locale")
        .prefetch_related(_sectors())
    )


def _attach_source_descriptions(enterprises: list[Enterprise], locale) -> None:
    """Give translations their Dutch description up front (one query, not one each).

    Primes `Enterprise.source_description`, shown when a translation has none.
    """
    if locale.language_code == SOURCE_LANGUAGE or not enterprises:
        return
    keys = [e.translation_key for e in enterprises]
    sources = dict(
        Enterprise.objects.filter(
            translation_key__in=keys, locale__language_code=SOURCE_LANGUAGE
        ).values_list("translation_key", "description")
    )
    for enterprise in enterprises:
        enterprise.source_description = enterprise.description or sources.get(
            enterprise.translation_key, ""
        )


def _in_order(queryset, ids: list[int]) -> list[Enterprise]:
    by_pk = queryset.in_bulk(ids)
    return [by_pk[pk] for pk in ids if pk in by_pk]


def find_enterprises(
    filters: GuideFilters, *, locale, page_size: int = 20, listed: bool = False
) -> GuideResults:
    """One page of published enterprises of `locale` matching `filters`.

    The enterprises are loaded whole, or with `listed` only with what a list of
    results shows (`LISTED_FIELDS` and the sectors).

    Order: nearest first with `near`, else best match with `q`, else by name. On
    an engine the page, the total and the facets are one engine request; when it
    fails, or without one, the database answers. The number of SQL queries does
    not depend on the page size or the data. Raises GuideParamError for a page
    beyond the last.
    """
    locale = as_locale(locale)
    load = _for_listing if listed else _for_display
    start = (filters.page - 1) * page_size
    alias = available_engine(locale.language_code)
    found = None
    if alias is not None:
        try:
            found = engine_page(
                published_enterprises(locale),
                filters,
                locale=locale,
                alias=alias,
                offset=start,
                size=page_size,
            )
        except Exception:  # the engine clients raise errors of many kinds
            engine_failed(alias)
    if found is not None:
        count, facets, search_fallback = found.count, found.facets, False
        search_backend = alias
        _check_page(filters.page, count, page_size)
        enterprises = _in_order(
            load(Enterprise.objects.filter(locale=locale)), found.pks
        )
        for enterprise in enterprises:
            enterprise.distance = found.distances_km.get(enterprise.pk)
    else:
        count, facets, enterprises, search_fallback, search_backend = _database_page(
            filters, locale, start, page_size, load
        )
    if not listed:
        _attach_source_descriptions(enterprises, locale)
    return GuideResults(
        count=count,
        page=filters.page,
        num_pages=_num_pages(count, page_size),
        page_size=page_size,
        enterprises=enterprises,
        facets=facets,
        search_fallback=search_fallback,
        search_backend=search_backend,
    )


def _num_pages(count: int, page_size: int) -> int:
    return max(1, math.ceil(count / page_size))


def _check_page(page: int, count: int, page_size: int) -> None:
    last = _num_pages(count, page_size)
    if page > last:
        raise GuideParamError(
            _("Page %(page)d does not exist: the last page is %(last)d.")
            % {"page": page, "last": last}
        )


def _database_page(filters: GuideFilters, locale, start: int, page_size: int, load):
    """(count, facets, the page's enterprises, search fell back, the backend that
    matched the text): in SQL; `load` prepares the query of the page's rows.

    On PostgreSQL the text search is part of the same statements (the index
    entries it matches, `text_matches`); elsewhere, or when that fails, the
    search's hits come first as a list of keys.
    """
    parts = query_parts(filters.q)
    searching = bool(filters.q) and (bool(parts.words) or not parts.identifies)
    if searching:
        try:
            with transaction.atomic():
                # Reading the words can fail too (a missing configuration).
                text = text_matches(Enterprise, parts.words, locale.language_code)
                if text is not None:
                    with favouring_text_indexes():
                        page = _page_in_sql(
                            filters, locale, start, page_size, text, load
                        )
                    return (*page, False, backend_for_language(locale.language_code))
        except DatabaseError:
            logger.warning("text search in SQL failed; hits first", exc_info=True)
    if not searching:
        return (
            *_page_in_sql(filters, locale, start, page_size, None, load),
            False,
            None,
        )
    hits = search_ids(
        published_enterprises(locale),
        parts.words,
        language=locale.language_code,
        limit=None,
    )
    page = _page_in_sql(filters, locale, start, page_size, hits.ids, load)
    return (*page, hits.fallback, hits.backend)


def _page_in_sql(filters: GuideFilters, locale, start: int, page_size: int, hits, load):
    """The database page for `hits`: None (no text search), ranked keys, or the
    matching index entries (`text_matches`, ranked in SQL)."""
    matched = hits.values("record") if isinstance(hits, QuerySet) else hits

    def condition(prefix: str, ignore: frozenset[str] = frozenset()) -> Q:
        return result_condition(filters, locale, matched, prefix, ignore=ignore)

    stop = start + page_size
    if isinstance(hits, QuerySet) and filters.near is None:
        ranked = RankedMatches(
            *hits.values("record", *RANKED_BY).query.sql_with_params(),
            order=RANKED_BY,
            start=start,
            stop=stop,
        )

        def but_text(prefix: str, ignore: frozenset[str] = frozenset()) -> Q:
            return result_condition(filters, locale, None, prefix, ignore=ignore)

        facets, count, keys = facet_counts_and_page(
            but_text, locale, filters.chosen_facets(), ranked
        )
        _check_page(filters.page, count, page_size)
        by_locale = load(Enterprise.objects.filter(locale=locale))
        return count, facets, _in_order(by_locale, keys)
    if filters.whole_set:
        facets, count = unfiltered_facets(
            locale, filters.whole_set, lambda: facet_counts(condition, locale)
        )
    else:
        facets, count = facet_counts(
            condition, locale, filters.chosen_facets(), searched=hits is not None
        )
    _check_page(filters.page, count, page_size)
    selected = Enterprise.objects.filter(condition(""))
    matches = load(selected)
    if filters.near is not None:
        distance = distance_expression(filters.near)
        by_distance = ("distance", "name", "pk")
        # The page's keys first, from the covering index
        # (`0012_guide_filters_index_with_names`), then only those rows.
        nearest = (
            selected.annotate(distance=distance)
            .order_by(*by_distance)
            .values("pk")[start:stop]
        )
        enterprises = list(
            load(Enterprise.objects.filter(pk__in=nearest))
            .annotate(distance=distance)
            .order_by(*by_distance)
        )
    elif hits is not None:
        matching = set(matches.values_list("pk", flat=True))
        enterprises = _in_order(
            matches, [pk for pk in hits if pk in matching][start:stop]
        )
    else:
        enterprises = list(matches.order_by("name", "pk")[start:stop])
    return count, facets, enterprises


def matching_enterprises(filters: GuideFilters, *, locale) -> QuerySet:
    """Every published enterprise of `locale` that `filters` select, unordered.

    The same selection as the guide's results (text, filters and distance), for
    whoever needs all of them rather than one page: those who follow a search.
    """
    locale = as_locale(locale)
    parts = query_parts(filters.q)
    matched = None
    if filters.q and (parts.words or not parts.identifies):
        matched = search_ids(
            published_enterprises(locale),
            parts.words,
            language=locale.language_code,
            limit=None,
        ).ids
    return Enterprise.objects.filter(result_condition(filters, locale, matched))


def autocomplete_names(q: str, *, locale, limit: int = 8) -> list[Enterprise]:
    """Published enterprises of `locale` whose name begins like `q`, for suggestions."""
    q = " ".join(q.replace("\x00", " ").split())[:100]
    if not q:
        return []
    locale = as_locale(locale)
    published = published_enterprises(locale)
    hits = search_ids(
        published, q, language=locale.language_code, limit=limit, autocomplete=True
    )
    return _in_order(published.select_related("locale"), hits.ids)
