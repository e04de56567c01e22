"""Bulk downloads of the guide (docs/contract.md#downloads), whole or one search.

The CSV has the exchange columns (an import reads it back), the JSON the API's
enterprise objects, the GeoJSON the API's features. Each is streamed in chunks,
so its memory and its queries per chunk do not depend on the size of the guide.
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator

from django.http import QueryDict
from django.urls import reverse

from directory.api.params import DEFAULT_LANGUAGE
from directory.api.serializers import LICENSE, enterprise_feature, enterprise_json
from directory.exchange.columns import COLUMNS
from directory.exchange.exporter import csv_cells, export_records
from directory.finder import GuideFilters
from directory.finder.query import (
    _attach_source_descriptions,
    _for_display,
    matching_enterprises,
)
from directory.models import Enterprise

CHUNK_SIZE = 1000
ORDER = ("name", "pk")
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
}


def matching_ids(filters: GuideFilters, locale, *, located: bool = False) -> list[int]:
    """Ids of the published enterprises `filters` select, by name (as the guide
    selects them on the database); `located`: only those with coordinates."""
    matches = matching_enterprises(filters, locale=locale)
    if located:
        matches = matches.filter(latitude__isnull=False, longitude__isnull=False)
    return list(matches.order_by(*ORDER).values_list("pk", flat=True))


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK_SIZE):
        yield ids[start : start + CHUNK_SIZE]


def _enterprises(ids: list[int], locale) -> Iterator[Enterprise]:
    """The enterprises of `ids`, in order, loaded a chunk at a time."""
    for chunk in _chunks(ids):
        loaded = list(_for_display(Enterprise.objects.filter(pk__in=chunk)))
        _attach_source_descriptions(loaded, locale)
        by_pk = {enterprise.pk: enterprise for enterprise in loaded}
        yield from (by_pk[pk] for pk in chunk if pk in by_pk)


def csv_download(ids: list[int]) -> Iterator[str]:
    """The exchange format's header, then one row per enterprise, a chunk per piece."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for chunk in _chunks(ids):
        records = export_records(
            Enterprise.objects.filter(pk__in=chunk).order_by(*ORDER)
        )
        writer.writerows(csv_cells(record) for record in records)
        yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _json_document(head: dict, key: str, items: Iterable[dict]) -> Iterator[str]:
    """`head` with a list under `key`, written piece by piece."""
    opening = json.dumps({**head, key: []}, ensure_ascii=False)
    yield opening[: -len("[]}")] + "["
    for number, item in enumerate(items):
        yield ("," if number else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield "\n]}\n"


def json_download(ids: list[int], locale, url_of) -> Iterator[str]:
    """`{"count", "license", "results"}` with the API's enterprise objects."""
    results = (enterprise_json(e, url_of(e)) for e in _enterprises(ids, locale))
    return _json_document({"count": len(ids), "license": LICENSE}, "results", results)


def geojson_download(ids: list[int], locale, url_of) -> Iterator[str]:
    """A FeatureCollection of the API's features (`ids` all have coordinates)."""
    features = (enterprise_feature(e, url_of(e)) for e in _enterprises(ids, locale))
    head = {"type": "FeatureCollection", "count": len(ids), "license": LICENSE}
    return _json_document(head, "features", (f for f in features if f))


def download_links(language: str, query=None) -> list[dict]:
    """A link to each download of the guide in `language`, of the search `query`."""
    params = query.copy() if query else QueryDict(mutable=True)
    params.pop("page", None)
    if language != DEFAULT_LANGUAGE:
        params["locale"] = language
    suffix = f"?{params.urlencode()}" if params else ""
    return [
        {"name": name, "url": reverse(f"api:enterprise_export_{output}") + suffix}
        for output, name in (("csv", "CSV"), ("json", "JSON"), ("geojson", "GeoJSON"))
    ]
