"""Facet counts of a result set, the multi-select way: every sector, province, label.

A dimension's counts apply every filter but that dimension's own, so with one
sector chosen the sector facet says how many results each other sector would
add, while the province and label facets count within the chosen sector.

The result set is given as a function of a relation prefix and the dimensions
to leave out, returning a condition. On PostgreSQL every count comes from one
statement over the enterprises' `sector_ids`/`label_ids` arrays (GIN-indexed,
kept in step by triggers: the migration `enterprise_term_arrays`); elsewhere (SQLite
for `make run`) each dimension is one flat query through the link tables.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, Q
from django.db.models.expressions import RawSQL

from directory.finder.terms import TERMS, guide_terms, term_ids
from directory.models import Enterprise
from directory.rules.provinces import PROVINCES

DIMENSIONS = frozenset({"sector", "province", "label"})

# condition(prefix, ignore): the result set, without the filters of `ignore`.
Condition = Callable[[str, frozenset[str]], Q]


def facet_counts(
    condition: Condition,
    locale,
    chosen: dict[str, tuple[str, ...]] | None = None,
    *,
    searched: bool = False,
) -> tuple[dict[str, list[dict]], int]:
    """({"sector": [...], "province": [...], "label": [...]}, size of the result set).

    Each entry is {"slug", "name", "count"}; terms without matches count 0, so a
    page can show them disabled. Names are in `locale`'s language. `chosen` maps
    a dimension to its chosen slugs; `searched` says the condition holds a text
    search. Every enterprise lies in one province, so the result set is the sum
    of the chosen provinces' counts (of all without).
    """
    chosen = _chosen(chosen)
    if connection.vendor == "postgresql":
        terms, per_province, _keys = _counts_from_arrays(
            condition, locale, chosen, searched
        )
    else:
        terms, per_province = _counts_through_links(condition, locale)
    return _facets_and_count(terms, per_province, locale, chosen)


@dataclass(frozen=True)
class RankedMatches:
    """A text search's matches for `facet_counts_and_page`: SQL whose rows have a
    `record` column (an enterprise's key) and the columns of `order`, best first
    when sorted by them descending (then by key), and the page to take (`start`,
    `stop`)."""

    sql: str
    params: tuple
    order: tuple[str, ...]
    start: int
    stop: int


def facet_counts_and_page(
    condition: Condition,
    locale,
    chosen: dict[str, tuple[str, ...]],
    matches: RankedMatches,
) -> tuple[dict[str, list[dict]], int, list[int]]:
    """`facet_counts` of a text search, and the keys of one page of its results,
    in one statement on PostgreSQL: the search's matches are found and ranked
    once, for the counts and the page alike. `condition` holds every filter but
    the text."""
    chosen = _chosen(chosen)
    terms, per_province, keys = _counts_from_arrays(
        condition, locale, chosen, True, matches
    )
    return (*_facets_and_count(terms, per_province, locale, chosen), keys)


def _chosen(chosen) -> dict[str, tuple[str, ...]]:
    return {d: tuple((chosen or {}).get(d, ())) for d in DIMENSIONS}


def _facets_and_count(terms, per_province, locale, chosen):
    facets = _in_display_order(terms, per_province, locale.language_code)
    count = sum(
        number
        for slug, number in per_province.items()
        if not chosen["province"] or slug in chosen["province"]
    )
    return facets, count


def facets_from_counts(locale, counts: dict[str, dict[str, int]]) -> dict:
    """The facets as `facet_counts` gives them, from {dimension: {slug: count}}."""
    terms = {
        dimension: [
            {"slug": slug, "name": name, "count": counts[dimension].get(slug, 0)}
            for slug, name, _id in named
        ]
        for dimension, named in guide_terms(locale).items()
    }
    return _in_display_order(terms, counts["province"], locale.language_code)


def _in_display_order(terms: dict, per_province: dict, language: str) -> dict:
    return {
        "sector": terms["sector"],
        "province": [
            {
                "slug": province.slug,
                "name": province.name_in(language),
                "count": per_province.get(province.slug, 0),
            }
            for province in PROVINCES
        ],
        "label": terms["label"],
    }


def _counts_through_links(condition: Condition, locale):
    per_province = dict(
        Enterprise.objects.filter(condition("", frozenset({"province"})))
        .order_by()
        .values_list("province")
        .annotate(count=Count("pk"))
    )
    terms = {}
    for dimension, model in TERMS.items():
        rows = (
            model.objects.filter(locale=locale)
            .annotate(
                count=Count(
                    "enterprises",
                    filter=condition("enterprises__", frozenset({dimension})),
                )
            )
            .order_by("sort_order", "name")
        )
        terms[dimension] = [
            {"slug": t.slug, "name": t.name, "count": t.count} for t in rows
        ]
    return terms, per_province


def _counts_from_arrays(
    condition: Condition,
    locale,
    chosen,
    searched: bool,
    matches: RankedMatches | None = None,
):
    table = connection.ops.quote_name(Enterprise._meta.db_table)
    try:
        base, base_params = (
            Enterprise.objects.filter(condition("", DIMENSIONS))
            .order_by()
            .annotate(
                sector_terms=RawSQL(f"{table}.sector_ids", ()),
                label_terms=RawSQL(f"{table}.label_ids", ()),
            )
            .values_list("pk", "province", "sector_terms", "label_terms")
            .query.sql_with_params()
        )
    except EmptyResultSet:  # e.g. a text search without hits: nothing to count
        base = "SELECT NULL::bigint, ''::text, '{}'::bigint[], '{}'::bigint[] LIMIT 0"
        base_params = ()

    def within(ignore: str | None) -> tuple[str, list]:
        """WHERE of the chosen values of every dimension but `ignore`."""
        clauses, params = [], []
        for dimension in sorted(DIMENSIONS - {ignore}):
            slugs = list(chosen[dimension])
            if not slugs:
                continue
            if dimension == "province":
                clauses.append("b.province = ANY(%s)")
                params.append(slugs)
            else:
                clauses.append(f"b.{dimension}_ids && %s::bigint[]")
                params.append(term_ids(locale, dimension, slugs))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    selects, params = [], []
    for dimension, model in TERMS.items():
        terms = connection.ops.quote_name(model._meta.db_table)
        where, where_params = within(dimension)
        selects.append(
            f"SELECT '{dimension}', t.slug, t.name, t.sort_order, coalesce(c.n, 0) "
            f"FROM {terms} t LEFT JOIN (SELECT term, count(*) AS n FROM "
            f"(SELECT unnest(b.{dimension}_ids) AS term FROM b{where}) u "
            f"GROUP BY term) c ON c.term = t.id WHERE t.locale_id = %s"
        )
        params += [*where_params, locale.pk]
    where, where_params = within("province")
    selects.append(
        f"SELECT 'province', b.province, '', 0, count(*) FROM b{where} "
        "GROUP BY b.province"
    )
    params += where_params
    if matches is not None:
        where, where_params = within(None)
        order = ", ".join(f"b.{column} DESC" for column in (*matches.order, "id"))
        selects.append(
            "SELECT 'page', '', '', position::int, key FROM unnest(ARRAY("
            f"SELECT b.id FROM b{where} ORDER BY {order} LIMIT %s OFFSET %s"
            ")) WITH ORDINALITY AS p (key, position)"
        )
        params += [*where_params, matches.stop - matches.start, matches.start]
    # A text search's matches are found once and shared by the counts; without
    # one, each count reads the covering index (`0009_enterprise_facet_index`)
    # with its own filters, faster than going through a shared copy.
    shared = "MATERIALIZED" if searched else "NOT MATERIALIZED"
    found, found_params, columns = "", (), ["id", "province", "sector_ids", "label_ids"]
    if matches is not None:
        found, found_params = (
            f"matches AS MATERIALIZED ({matches.sql}), ",
            matches.params,
        )
        # A join, not IN: the planner then knows how many matches there are.
        ranks = ", ".join(f"matches.{column}" for column in matches.order)
        base = (
            f"SELECT e.*, {ranks} FROM ({base}) e JOIN matches ON matches.record = e.pk"
        )
        columns += matches.order
    sql = (
        f"WITH {found}b ({', '.join(columns)}) AS {shared} ({base}) "
        + " UNION ALL ".join(selects)
        + " ORDER BY 1, 4, 3"
    )
    terms = {dimension: [] for dimension in TERMS}
    per_province, keys = {}, []
    with connection.cursor() as cursor:
        cursor.execute(sql, [*found_params, *base_params, *params])
        for dimension, slug, name, _order, count in cursor.fetchall():
            if dimension == "province":
                per_province[slug] = count
            elif dimension == "page":
                keys.append(count)
            else:
                terms[dimension].append({"slug": slug, "name": name, "count": count})
    return terms, per_province, keys
