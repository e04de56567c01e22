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

from directory.finder.terms import TERMS
from directory.models import Enterprise


class HasAnyTerm(Expression):
    """The row's `<dimension>_ids` share an id with the chosen slugs' terms."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, dimension: str, slugs, locale_id: int, alias: str = ""):
        super().__init__()
        self.dimension = dimension
        self.slugs = list(slugs)
        self.locale_id = locale_id
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
        quote = connection.ops.quote_name
        terms = quote(TERMS[self.dimension]._meta.db_table)
        sql = (
            f"{compiler.quote_name_unless_alias(self.alias)}.{self.dimension}_ids && ARRAY(SELECT id FROM "
            f"{terms} WHERE locale_id = %s AND slug = ANY(%s))"
        )
        return sql, (self.locale_id, self.slugs)


def tagged_with(dimension: str, slugs, locale, prefix: str = "") -> Q:
    """The enterprises (behind `prefix`) with any of the `dimension` terms `slugs`."""
    if connection.vendor == "postgresql" and not prefix:
        return Q(HasAnyTerm(dimension, slugs, locale.pk))
    links = getattr(Enterprise, f"{dimension}s").through.objects.filter(
        **{f"{dimension}__slug__in": slugs}
    )
    return Q(**{f"{prefix}pk__in": links.values("enterprise_id")})
