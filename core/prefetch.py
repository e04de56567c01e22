"""Many-to-many relations of many objects loaded at once, each related object built once.

Django's `prefetch_related` builds a related manager and a queryset for every
object, and a new instance of every related object for every object that links
to it: for tens of thousands of records with a handful of terms each (indexing an
import or a rebuild) that was most of the time spent loading them. Here each
relation costs one query as before, each related object is built once, and
objects linked to the same related objects share one result list. The result is
the one `prefetch_related` gives: `obj.sectors.all()` is answered from it, in the
related model's ordering, and filtering it queries the database as usual.
"""

from functools import cache

from django.db.models.query import ModelIterable


def with_related(queryset, *names: str):
    """The queryset, with its objects' many-to-many relations `names` loaded."""
    chained = queryset.all()
    chained._iterable_class = _iterable(names)
    return chained


def related(obj, name: str) -> list:
    """The objects related to `obj` through `name`, from what was loaded with it.

    An unsaved change of the relation (modelcluster keeps it on the object) wins
    over what was loaded, as it does for `getattr(obj, name).all()`.
    """
    prefetched = getattr(obj, "_prefetched_objects_cache", {})
    unsaved = getattr(obj, "_cluster_related_objects", {})
    if name in prefetched and name not in unsaved:
        return list(prefetched[name])
    return list(getattr(obj, name).all())


@cache
def _iterable(names: tuple[str, ...]):
    class RelatedLoadedIterable(ModelIterable):
        def __iter__(self):
            objects = list(super().__iter__())
            if objects:
                for name in names:
                    _load(objects, name, self.queryset.db)
            yield from objects

    return RelatedLoadedIterable


def _load(objects: list, name: str, using: str) -> None:
    model = type(objects[0])
    field = model._meta.get_field(name)
    target = field.related_model
    through = field.remote_field.through
    source = field.m2m_field_name()
    link = field.m2m_reverse_field_name()
    columns = [f.attname for f in target._meta.concrete_fields]
    ordering = [
        f"-{link}__{key[1:]}" if key.startswith("-") else f"{link}__{key}"
        for key in target._meta.ordering
    ]
    rows = (
        through._default_manager.using(using)
        .filter(**{f"{source}__in": [obj.pk for obj in objects]})
        .order_by(*ordering, f"{link}__pk")
        .values_list(field.m2m_column_name(), *(f"{link}__{c}" for c in columns))
    )
    built, linked = {}, {}
    pk_index = columns.index(target._meta.pk.attname)
    for source_id, *values in rows:
        pk = values[pk_index]
        if pk not in built:
            built[pk] = target.from_db(using, columns, values)
        linked.setdefault(source_id, []).append(built[pk])
    attach(objects, name, linked, using)


def attach(objects: list, name: str, linked: dict, using: str) -> None:
    """Give each object its related objects `linked[obj.pk]` (in the related model's
    ordering) as loaded through `name`, the way `with_related` does.

    For objects whose relations are known without a query (just written).
    """
    if not objects:
        return
    target = type(objects[0])._meta.get_field(name).related_model
    shared = {}
    manager = target._default_manager.using(using)
    for obj in objects:
        found = linked.get(obj.pk, [])
        key = tuple(item.pk for item in found)
        if key not in shared:
            queryset = manager.filter(pk__in=key)
            queryset._result_cache = found
            queryset._prefetch_done = True
            shared[key] = queryset
        obj.__dict__.setdefault("_prefetched_objects_cache", {})[name] = shared[key]
