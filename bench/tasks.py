"""The benchmark's steps that run inside Django, one process each.

    python -m bench.tasks TASK [ARGUMENT]

with DJANGO_SETTINGS_MODULE, DATABASE_URL and SEARCH_URL set by `bench.run`. Each
task prints one JSON document as its last line of output.
"""

import copy
import json
import sys
import time
from pathlib import Path

import django


def _setup():
    django.setup()


def task_news(count="500"):
    from bench.generate import generate_news

    return generate_news(int(count))


def task_generate(n):
    from bench.generate import generate_enterprises

    return generate_enterprises(int(n))


def task_targets(_=None):
    """Addresses the page benchmark requests: news articles and enterprise pages."""
    from directory.models import Enterprise
    from knowledge.models import NewsArticlePage

    news = [
        page.url
        for page in NewsArticlePage.objects.live()
        .filter(locale__language_code="nl")
        .order_by("-date")[:20]
    ]
    slugs = list(
        Enterprise.objects.filter(locale__language_code="nl", live=True)
        .order_by("?")
        .values_list("slug", flat=True)[:50]
    )
    return {
        "news": news,
        "enterprises": [f"/nl/memo-gids/{slug}/" for slug in slugs],
    }


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language)


def _alias(language: str) -> str:
    """The backend the site searches for `language` (its own index, else default)."""
    try:
        from search.language import backend_for_language
    except ImportError:
        return "default"
    return backend_for_language(language)


def task_raw_engine(path):
    """The floor: each query's engine requests sent straight to the engine, timed.

    The requests are the app's own: the guide's query layer runs each query once
    while its engine requests (body, index, paging, aggregations) are recorded,
    then the same requests are sent again with the engine's client alone. A
    query's floor is the sum of its requests' times.
    """
    from wagtail.search.backends import get_search_backend

    queries = json.loads(Path(path).read_text())
    client = getattr(get_search_backend(), "es", None)
    if client is None:
        return {"error": "the search backends are not on an engine"}
    locales = {code: _locale(code) for code in ("nl", "fr")}
    recorded = []
    for query in queries:
        with EngineRecorder(client) as recorder:
            _run_app_query(query, locales)
        recorded.append(recorder.requests)
    for requests in recorded[:20]:  # warm-up
        _replay(requests)
    timings = []
    for query, requests in zip(queries, recorded, strict=True):
        if not requests:
            continue  # answered without the engine: no floor to speak of
        ms, hits = _replay(requests)
        timings.append(
            {
                "kind": query["kind"],
                "ms": round(ms, 3),
                "requests": len(requests),
                "hits": hits,
            }
        )
    return {"timings": timings}


def _replay(requests) -> tuple[float, int]:
    """Send recorded engine requests again; their total time (ms) and hits."""
    elapsed, hits = 0.0, 0
    for method, client, args, kwargs in requests:
        started = time.perf_counter()
        answer = method(client, *args, **kwargs)
        elapsed += time.perf_counter() - started
        hits += len(answer.get("hits", {}).get("hits", []))
    return elapsed * 1000, hits


class EngineRecorder:
    """Counts the requests the app sends to the engine client while it is installed."""

    METHODS = ("search", "scroll", "clear_scroll", "count")

    def __init__(self, client):
        # Backends are built anew on each lookup, each with its own client: patch
        # the client's class, which they all share.
        self.client = type(client)
        self.calls = {}
        self.requests = []  # (method, client, args, kwargs) as sent
        self.hits = 0
        self.originals = {}

    def __enter__(self):
        for name in self.METHODS:
            original = getattr(self.client, name)
            self.originals[name] = original

            def wrapped(client, *args, _name=name, _original=original, **kwargs):
                self.calls[_name] = self.calls.get(_name, 0) + 1
                self.requests.append((_original, client, args, copy.deepcopy(kwargs)))
                answer = _original(client, *args, **kwargs)
                if _name in ("search", "scroll"):
                    self.hits += len(answer.get("hits", {}).get("hits", []))
                return answer

            setattr(self.client, name, wrapped)
        return self

    def __exit__(self, *exc):
        for name, original in self.originals.items():
            setattr(self.client, name, original)


def _run_app_query(query, locales):
    from django.http import QueryDict

    from directory.finder import (
        autocomplete_names,
        find_enterprises,
        parse_guide_params,
    )
    from directory.finder.errors import GuideParamError

    params = QueryDict(mutable=True)
    for key, value in query["params"]:
        params.appendlist(key, value)
    locale = locales[query["language"]]
    if query["kind"] == "autocomplete":
        return autocomplete_names(params.get("q", ""), locale=locale)
    try:
        filters = parse_guide_params(params, locale=locale)
        return find_enterprises(filters, locale=locale, page_size=20)
    except GuideParamError:
        return None  # the site answers 400 (a deep page beyond the last at small N)


def task_app_engine(path):
    """What the guide's query layer does per query, in process: engine requests,
    hits fetched, SQL queries and milliseconds (no HTTP, no template)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.search.backends import get_search_backend

    queries = json.loads(Path(path).read_text())
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    locales = {code: _locale(code) for code in ("nl", "fr")}
    for query in queries[:20]:
        _run_app_query(query, locales)
    rows = []
    for query in queries:
        recorder = EngineRecorder(client) if client is not None else None
        with CaptureQueriesContext(connection) as sql:
            started = time.perf_counter()
            if recorder is not None:
                with recorder:
                    _run_app_query(query, locales)
            else:
                _run_app_query(query, locales)
            ms = (time.perf_counter() - started) * 1000
        rows.append(
            {
                "kind": query["kind"],
                "ms": round(ms, 3),
                "sql_queries": len(sql.captured_queries),
                "engine_requests": sum(recorder.calls.values()) if recorder else 0,
                "engine_hits": recorder.hits if recorder else 0,
            }
        )
    return {"rows": rows}


def task_broad_count(_=None):
    """Counts of broad guide queries beside the SQL count of published enterprises.

    The count the guide shows must be exact whatever the size (no cap).
    """
    from django.http import QueryDict

    from directory.finder import find_enterprises, parse_guide_params
    from directory.models import Enterprise

    locale = _locale("nl")
    counted = {}
    for label, text in (("everything", ""), ("q=coöperatie", "coöperatie")):
        params = QueryDict(mutable=True)
        if text:
            params["q"] = text
        found = find_enterprises(
            parse_guide_params(params, locale=locale), locale=locale
        )
        counted[label] = {"count": found.count, "fell_back": found.search_fallback}
    published = Enterprise.objects.filter(locale=locale, live=True).count()
    return {"queries": counted, "published_sql": published}


def task_query_counts(path):
    """SQL queries per page type, through Django's full request handling."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    pages = json.loads(Path(path).read_text())
    client = Client(HTTP_HOST="127.0.0.1")
    # A session cookie: the anonymous page cache lets the request through, so the
    # profile shows the page being rendered, not a cache hit.
    client.cookies["sessionid"] = "bench-profile"
    counts = {}
    for name, url in pages.items():
        client.get(url)  # warm caches that live per process (site root, locales)
        with CaptureQueriesContext(connection) as sql:
            response = client.get(url)
        counts[name] = {
            "url": url,
            "status": response.status_code,
            "sql_queries": len(sql.captured_queries),
        }
    return counts


def task_page_timings(path, rounds="30"):
    """Per page type, in process and without the page cache: SQL queries of one
    request and the median wall and CPU milliseconds of `rounds` requests."""
    import statistics

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    pages = json.loads(Path(path).read_text())
    client = Client(HTTP_HOST="127.0.0.1")
    client.cookies["sessionid"] = "bench-profile"
    timings = {}
    for name, url in pages.items():
        for _ in range(2):  # warm what a running process keeps
            client.get(url)
        with CaptureQueriesContext(connection) as sql:
            status = client.get(url).status_code
        queries = len(sql.captured_queries)
        wall, cpu = [], []
        for _ in range(int(rounds)):
            started, cpu_started = time.perf_counter(), time.process_time()
            client.get(url)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        timings[name] = {
            "url": url,
            "status": status,
            "sql_queries": queries,
            "median_ms": round(statistics.median(wall), 1),
            "median_cpu_ms": round(statistics.median(cpu), 1),
        }
    return timings


def task_profile(path):
    """pyinstrument over the slowest kinds of query in the query layer (in process)."""
    from pyinstrument import Profiler

    queries = json.loads(Path(path).read_text())
    locales = {code: _locale(code) for code in ("nl", "fr")}
    for query in queries[:5]:
        _run_app_query(query, locales)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for query in queries:
        _run_app_query(query, locales)
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    return {"text": _clean(text), **_slowest_statement(queries, locales)}


def _slowest_statement(queries, locales) -> dict:
    """The slowest SQL statement of `queries` and, on PostgreSQL, its plan as run.

    A profile says the time goes to the database; the plan says where in it.
    """
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from search.postgres import favouring_text_indexes

    slowest = {"ms": -1.0}
    for query in queries:
        with CaptureQueriesContext(connection) as sql:
            _run_app_query(query, locales)
        for statement in sql.captured_queries:
            ms = float(statement["time"]) * 1000
            if ms > slowest["ms"]:
                slowest = {"ms": ms, "sql": statement["sql"], "url": query["url"]}
    if "sql" not in slowest or connection.vendor != "postgresql":
        return {}
    # The guide plans a text search with these settings (`favouring_text_indexes`).
    with transaction.atomic(), favouring_text_indexes(), connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest["sql"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return {
        "slowest_statement": {
            "url": slowest["url"],
            "ms": round(slowest["ms"], 1),
            "plan": plan,
        }
    }


def task_profile_pages(path):
    """pyinstrument over Django's full handling of each page type (in process)."""
    from django.test import Client
    from pyinstrument import Profiler

    pages = json.loads(Path(path).read_text())
    client = Client(HTTP_HOST="127.0.0.1")
    # A session cookie: the anonymous page cache lets the request through, so the
    # profile shows the page being rendered, not a cache hit.
    client.cookies["sessionid"] = "bench-profile"
    profiles = {}
    for name, url in pages.items():
        client.get(url)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        started = time.perf_counter()
        for _ in range(10):
            client.get(url)
        ms = (time.perf_counter() - started) * 100
        profiler.stop()
        profiles[name] = {
            "url": url,
            "ms_per_request": round(ms, 1),
            "text": _clean(profiler.output_text(unicode=False, color=False)),
        }
    return profiles


def task_relevance(_=None):
    """Precision at 10 of the relevance set on the backend this process searches.

    Runs on a copy of the template database: the demo's enterprises make way for
    the set's records, which are indexed (on the engine, when there is one, or
    in PostgreSQL's index).
    Every case must be answered by that backend (the engine, or the PostgreSQL
    index): a case the plain-SQL fallback answered stops the task.
    """
    from directory.models import Enterprise
    from search.engines.lifecycle import engine_backends
    from search.indexing import holds, index_objects
    from search.language import backend_for_language, is_engine
    from tests import relevance
    from tests.directory.factories import EnterpriseFactory

    Enterprise.objects.all().delete()
    relevance.create_records(EnterpriseFactory)
    engine = is_engine(backend_for_language("nl"))
    # Production settings hand each save's index update to the task worker, which
    # the benchmark does not run: the records are indexed here, on every backend.
    index_objects(Enterprise, Enterprise.objects.values_list("pk", flat=True))
    if engine:
        for _alias, backend in engine_backends():
            if holds(backend, Enterprise):
                backend.get_index_for_model(Enterprise).refresh()
    cases = relevance.cases_for(engine=engine)

    def names(case):
        # Raises when another backend answered (the plain-SQL fallback, say).
        return relevance.guide_names(case, on_engine=engine)

    return {
        "backend": "engine" if engine else "database",
        "cases": len(cases),
        "passed": sum(1 for case in cases if not relevance.check(case, names(case))),
        "precision_at_10": round(relevance.precision_at_10(names, cases), 3),
    }


def _clean(text: str) -> str:
    """A profile without the machine's folders (paths relative to the project)."""
    root = str(Path.cwd()) + "/"
    lines = [line for line in text.splitlines() if not line.startswith("Profile at")]
    return (
        "\n".join(lines)
        .replace(root, "")
        .replace(".venv/lib/python3.11/site-packages/", "")
    )


TASKS = {
    "profile-pages": task_profile_pages,
    "news": task_news,
    "generate": task_generate,
    "targets": task_targets,
    "raw-engine": task_raw_engine,
    "app-engine": task_app_engine,
    "query-counts": task_query_counts,
    "page-timings": task_page_timings,
    "broad-count": task_broad_count,
    "profile": task_profile,
    "relevance": task_relevance,
}


def main(argv):
    _setup()
    result = TASKS[argv[1]](*argv[2:])
    sys.stdout.write("\n" + json.dumps(result) + "\n")


if __name__ == "__main__":
    main(sys.argv)
