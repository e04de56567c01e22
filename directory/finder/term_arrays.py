"""Choosing enterprises by sector or label: the term arrays on PostgreSQL.

On PostgreSQL every enterprise carries its terms' ids in `sector_ids` and
`label_ids` (kept in step by triggers: the migration `enterprise_term_arrays`),
also held by the guide's covering index, so a chosen sector is a test on the
row itself rather than a semi-join through the link table (a lookup of every
enterprise of the sector). Elsewhere (SQLite for `make run`) the link tables
answer.
"""

from django.db import connection
from django.db.models import BooleanField, Expression, Q

from directory.finder.terms import term_ids
from directory.models import Enterprise


class HasAnyTerm(Expression):
    """The row's `<dimension>_ids` share an id with `ids`.

    The ids are written into the statement, so the planner weighs them against
    the arrays' statistics: a common sector is read from the covering index,
    a rare one through the GIN index.
    """

    output_field = BooleanField()
    conditional = True

    def __init__(self, dimension: str, ids: list[int], alias: str = ""):
        super().__init__()
        self.dimension = dimension
        self.ids = list(ids)
        self.alias = alias

    def resolve_expression(self, query=None, *args, **kwargs):
        resolved = self.copy()
        # The row's table as this (sub)query names it, e.g. "U0" in a subquery.
        resolved.alias = query.get_initial_alias()
        return resolved

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.alias = change_map.get(self.alias, self.alias)
        return clone

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(self.alias)
        return f"{table}.{self.dimension}_ids && %s::bigint[]", (self.ids,)


def tagged_with(dimension: str, slugs, locale, prefix: str = "") -> Q:
    """The enterprises (behind `prefix`) with any of the `dimension` terms `slugs`."""
    if connection.vendor == "postgresql" and not prefix:
        return Q(HasAnyTerm(dimension, term_ids(locale, dimension, slugs)))
    links = getattr(Enterprise, f"{dimension}s").through.objects.filter(
        **{f"{dimension}__slug__in": slugs}
    )
    return Q(**{f"{prefix}pk__in": links.values("enterprise_id")})
