"""Engine documents read through a plan made once per model and search field.

modelsearch builds every field of every document as if for the first time: it
looks the model field up (raising and catching an exception for each method such
as `sector_slugs`), asks the app registry whether taggit is installed, works out
the document field's name, and makes a new mapping for each related object. At
the sizes of an import or a rebuild (100,000 documents) that was about half of the
time spent indexing. Here those answers are worked out once; the values read, and
so the documents sent, are the ones modelsearch builds (tests/search compares them).
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.fields.related import RelatedField
from modelsearch.index import AutocompleteField, FilterField, RelatedFields

from core.prefetch import related

SEARCH, FILTER, AUTOCOMPLETE, RELATED = "search", "filter", "autocomplete", "related"


def _attribute_reader(name):
    def read(obj):
        value = getattr(obj, name, None)
        return value() if callable(value) else value

    return read


def _column_reader(field):
    """Reads a concrete field as modelsearch does, or None where it does more."""
    if hasattr(field, "get_searchable_content") or not field.concrete:
        return None
    target = field
    while isinstance(target, RelatedField):
        target = target.target_field
    if target is not field and hasattr(target, "get_searchable_content"):
        return None
    attname = field.attname
    return lambda obj: getattr(obj, attname)


def _related_reader(field):
    """The related objects, from the prefetched list when the query loaded one."""
    name = field.name
    if not (field.many_to_many or field.one_to_many):
        return None

    return lambda obj: related(obj, name)


class PlannedDocumentMixin:
    """For the engine's mapping class: the same documents with less work each."""

    _plans: dict = {}
    _mappings: dict = {}

    def _plan(self, search_field, model):
        key = (type(self), self.model, model, search_field)
        if key not in self._plans:
            self._plans[key] = self._make_plan(search_field, model)
        return self._plans[key]

    def _make_plan(self, search_field, model):
        try:
            field = search_field.get_field(model)
        except FieldDoesNotExist:
            field = None
        if isinstance(search_field, RelatedFields):
            reader = _related_reader(field) if field is not None else None
            kind = RELATED
        else:
            reader = (
                _attribute_reader(search_field.field_name)
                if field is None
                else _column_reader(field)
            )
            kind = (
                FILTER
                if isinstance(search_field, FilterField)
                else AUTOCOMPLETE
                if isinstance(search_field, AutocompleteField)
                else SEARCH
            )
        if reader is None:
            return None
        return self.get_field_column_name(search_field), kind, reader

    def _get_document_field_data(self, field, obj):
        plan = self._plan(field, type(obj))
        if plan is None:
            return super()._get_document_field_data(field, obj)
        name, kind, read = plan
        value = self._clean_value(read(obj))
        if kind == RELATED:
            nested_docs, edgengrams = [], []
            for nested_obj in value:
                nested_doc, extra = self._get_nested_document(field.fields, nested_obj)
                nested_docs.append(nested_doc)
                edgengrams.extend(extra)
            return name, nested_docs, edgengrams
        if kind == FILTER:
            if isinstance(value, (models.Manager, models.QuerySet)):
                value = list(value.values_list("pk", flat=True))
            elif isinstance(value, models.Model):
                value = value.pk
            elif isinstance(value, (list, tuple)):
                value = [
                    item.pk if isinstance(item, models.Model) else item
                    for item in value
                ]
            return name, value, []
        if kind == AUTOCOMPLETE:
            return name, value, [value]
        return name, value, []

    def _get_nested_document(self, fields, obj):
        key = (type(self), type(obj))
        if key not in self._mappings:
            self._mappings[key] = type(self)(type(obj))
        mapping = self._mappings[key]
        doc, edgengrams = {}, []
        for field in fields:
            name, value, field_edgengrams = mapping._get_document_field_data(field, obj)
            doc[name] = value
            edgengrams.extend(field_edgengrams)
        return doc, edgengrams
