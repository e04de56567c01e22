"""One engine request for a page of hits, the exact total and multi-select facets.

What Wagtail's search layer (modelsearch 1.3) cannot ask an engine, and this adds:

* Facets: `SearchResults.facet()` is one request per field, counted over the whole
  result set with the engine's default of 10 buckets (wagtail#5668). A guide needs
  each dimension counted with every *other* dimension's choice applied, and the
  chosen values kept out of the counts (a `post_filter`).
* Geo: no backend maps, filters or sorts by distance. A `FilterField` with
  `es_extra={"type": "geo_point"}` gives the mapping; the filter and sort are here.
* Totals: `count()` is a request of its own and the hits come back 100 at a time,
  each batch loaded from the database; here one request carries the page's keys,
  the exact total (`track_total_hits`) and the aggregations.

The text query and the queryset's filters (locale, live, ...) are modelsearch's own,
compiled by its query compiler, so the hits are those `.search()` would return. The
body uses the standard query DSL only, which Elasticsearch 8/9 and OpenSearch 2/3
share.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from search.engines.site_backend import FACET_BUCKETS


@dataclass(frozen=True)
class Near:
    """Within `km` (any distance when None) of a point, on a geo_point filter field."""

    field_name: str
    latitude: float
    longitude: float
    km: float | None = None

    def point(self) -> dict:
        return {"lat": self.latitude, "lon": self.longitude}


@dataclass
class FacetedHits:
    """One page of hits (primary keys, best first) with the facets of all of them."""

    total: int
    pks: list[int]
    facets: dict[str, dict[str, int]]  # filter field -> {value: count}
    distances_km: dict[int, float] = field(default_factory=dict)


def faceted_search(
    results,
    *,
    facets: Mapping[str, Sequence[str]],
    also_matching: Sequence = (),
    near: Near | None = None,
    by_distance: bool = False,
    offset: int = 0,
    size: int = 20,
) -> FacetedHits:
    """Run `results` (an unevaluated engine `.search()`) as one faceted request.

    `facets` maps each facet's filter field to its chosen values: OR within a
    facet, AND across facets. `also_matching` are more searches of the same
    queryset (an `.autocomplete()`, say) whose hits count as matches too. `near` keeps the hits with coordinates (within its
    `km`); `by_distance` puts the nearest first, before the results' own order.
    """
    compiler = results.query_compiler

    def column(field_name: str) -> str:
        return compiler.mapping.get_field_column_name(
            compiler._get_filterable_field(field_name)
        )

    body = results._get_es_body()
    query = body["query"]
    if also_matching:
        alternatives = [compiler.get_inner_query()] + [
            other.query_compiler.get_inner_query() for other in also_matching
        ]
        query = {
            "bool": {
                "should": alternatives,
                "minimum_should_match": 1,
                "filter": compiler.get_filters(),
            }
        }
    if near is not None:
        geo_column = column(near.field_name)
        if near.km is None:
            place = {"exists": {"field": geo_column}}
        else:
            place = {
                "geo_distance": {"distance": f"{near.km}km", geo_column: near.point()}
            }
        query = {"bool": {"must": query, "filter": [place]}}

    chosen = {
        name: {"terms": {column(name): list(values)}}
        for name, values in facets.items()
        if values
    }
    aggregations = {}
    for name in facets:
        others = [clause for other, clause in chosen.items() if other != name]
        aggregations[name] = {
            "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
            "aggs": {
                "values": {"terms": {"field": column(name), "size": FACET_BUCKETS}}
            },
        }

    order = body.get("sort") or ["_score"]
    if by_distance and near is not None:
        nearest = {geo_column: near.point(), "order": "asc", "unit": "km"}
        order = [{"_geo_distance": nearest}, *order]
    request = {
        "query": query,
        "aggregations": aggregations,
        "sort": [*order, {"pk": "asc"}],
        "track_total_hits": True,
    }
    if chosen:
        request["post_filter"] = {"bool": {"filter": list(chosen.values())}}

    index = results.backend.get_index_for_model(compiler.queryset.model)
    response = results._backend_do_search(
        request,
        index=index.name,
        from_=offset,
        size=size,
        _source=False,
        **{results.fields_param_name: "pk"},
    )
    hits = response["hits"]
    total = hits["total"]
    pks = [int(hit["fields"]["pk"][0]) for hit in hits["hits"]]
    distances = {}
    if by_distance and near is not None:
        distances = {
            int(hit["fields"]["pk"][0]): float(hit["sort"][0]) for hit in hits["hits"]
        }
    return FacetedHits(
        total=total["value"] if isinstance(total, dict) else int(total),
        pks=pks,
        facets={
            name: {
                str(bucket["key"]): bucket["doc_count"]
                for bucket in response["aggregations"][name]["values"]["buckets"]
            }
            for name in facets
        },
        distances_km=distances,
    )
