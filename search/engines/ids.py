"""Primary keys of engine hits in one request (a modelsearch workaround).

modelsearch fetches engine hits 100 at a time and loads each batch back from the
database. The guide only needs the matching primary keys, in order, to count
facets and paginate in SQL, so this asks the engine once for up to `limit` hits
and reads their stored `pk` field. It uses modelsearch's own query compiler, so
the query is exactly the one `.search()` would send.
"""


def engine_hit_ids(results, limit: int) -> list[int]:
    """`results` is an unevaluated engine SearchResults from `.search()`/`.autocomplete()`."""
    backend = results.backend
    index = backend.get_index_for_model(results.query_compiler.queryset.model)
    response = results._backend_do_search(
        results._get_es_body(),
        index=index.name,
        size=limit,
        **{results.fields_param_name: "pk"},
    )
    return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
