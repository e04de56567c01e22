"""`make bench`: every benchmark on this machine, in one go.

    python -m bench.run [--quick] [--sizes 5000,50000] [--queries 200] [--duration 10]

Starts its own PostgreSQL (port 54340), Redis (port 63840) and search engine
(port 9250), so it never touches the test servers; builds a template database
(migrate, load_demo, 500 news items); then for each size N: a copy of the
template (and an emptied Redis), N generated enterprises, a full reindex,
gunicorn (2 workers, loopback, production settings, so the page cache and every
other cache are in that Redis) and the measurements: guide search on the engine and on PostgreSQL
beside the raw engine, page throughput beside a static file, SQL queries per page,
memory per worker; at the largest size also export and import. Before the sizes,
the relevance set's precision at 10 on both backends. Everything it
started is stopped at the end, whatever happens. Results: bench/results/.
"""

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench import http_load, report, wrk_load
from bench.queries import guide_queries

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
HOST = "127.0.0.1"
BASE_DB = "coopkracht_bench_base"
IMPORT_DB = "coopkracht_bench_import"
RELEVANCE_DB = "coopkracht_bench_relevance"
INDEX_PREFIX = "bench_"
IMPORT_INDEX_PREFIX = "benchimport_"
STARTED = time.monotonic()


def log(message: str) -> None:
    print(f"[bench {time.monotonic() - STARTED:7.1f}s] {message}", flush=True)


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


class Run:
    """The servers, folders and environment of one benchmark run."""

    def __init__(self, args):
        self.args = args
        self.work = Path(tempfile.mkdtemp(prefix="coopkracht-bench-"))
        self.pg_port = args.pg_port
        self.engine_port = args.engine_port
        self.redis_port = args.redis_port
        self.web_port = args.web_port
        self.database_root = None
        self.search_url = None
        self.load_samples = []
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "BENCH_STATIC_ROOT": str(self.work / "static"),
            "MEDIA_ROOT": str(self.work / "media"),
            "SECRET_KEY": secrets.token_urlsafe(48),
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "SITE_URL": f"http://{HOST}",
            "EMAIL_URL": "dummy://",
            "INDEX_PREFIX": INDEX_PREFIX,
            "PYTHONUNBUFFERED": "1",
        }
        self.env.pop("SEARCH_URL", None)
        self.env.pop("DATABASE_URL", None)
        self.env.pop("CACHE_URL", None)

    def sample_load(self, label: str) -> None:
        self.load_samples.append({"at": label, "load_avg": load_average()})

    # --- servers ---------------------------------------------------------------

    def start_postgres(self):
        env = {**os.environ, "PG_PORT": str(self.pg_port), "PG_DB": BASE_DB}
        out = subprocess.run(
            [str(ROOT / "scripts" / "postgres.sh"), "start"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        url = out.strip().splitlines()[-1].split("=", 1)[1]
        self.database_root = url.rsplit("/", 1)[0]

    def stop_postgres(self):
        env = {**os.environ, "PG_PORT": str(self.pg_port)}
        subprocess.run([str(ROOT / "scripts" / "postgres.sh"), "stop"], env=env)

    def start_redis(self):
        env = {**os.environ, "REDIS_PORT": str(self.redis_port)}
        out = subprocess.run(
            [str(ROOT / "scripts" / "redis.sh"), "start"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        self.env["CACHE_URL"] = out.strip().splitlines()[-1].split("=", 1)[1]

    def stop_redis(self):
        env = {**os.environ, "REDIS_PORT": str(self.redis_port)}
        subprocess.run([str(ROOT / "scripts" / "redis.sh"), "stop"], env=env)

    def flush_cache(self) -> None:
        """Forget what the processes of another database cached."""
        import redis

        with redis.Redis.from_url(self.env["CACHE_URL"]) as client:
            client.flushdb()

    def start_engine(self):
        env = {**os.environ, "ENGINE_PORT": str(self.engine_port)}
        out = subprocess.run(
            [str(ROOT / "scripts" / "search-engine.sh"), "start"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        self.search_url = out.strip().splitlines()[-1].split("=", 1)[1]

    def stop_engine(self):
        env = {**os.environ, "ENGINE_PORT": str(self.engine_port)}
        subprocess.run(
            [str(ROOT / "scripts" / "search-engine.sh"), "stop"],
            env=env,
            capture_output=True,
        )

    def engine_http(self, method: str, path: str):
        request = urllib.request.Request(
            f"http://{HOST}:{self.engine_port}{path}", method=method
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"null")

    # --- databases ---------------------------------------------------------------

    def sql(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(f"{self.database_root}/postgres", autocommit=True) as db:
            db.execute(statement)

    def recreate_database(self, name: str, template: str | None = None) -> None:
        self.flush_cache()
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        suffix = f' TEMPLATE "{template}"' if template else ""
        self.sql(f'CREATE DATABASE "{name}"{suffix}')

    def env_for(self, database: str, *, engine: bool = True, **extra) -> dict:
        env = {**self.env, "DATABASE_URL": f"{self.database_root}/{database}", **extra}
        if engine:
            env["SEARCH_URL"] = self.search_url
        return env

    # --- processes ------------------------------------------------------------------

    def command(self, argv: list[str], env: dict, timeout: float = 3600) -> dict:
        """Run a command; its wall time, CPU time (its own) and output."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        completed = subprocess.run(
            argv,
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if completed.returncode != 0:
            raise RuntimeError(
                f"{' '.join(argv[:4])} failed ({completed.returncode}):\n"
                f"{completed.stderr[-3000:]}\n{completed.stdout[-1000:]}"
            )
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return {
            "s": round(seconds, 2),
            "cpu_s": round(cpu, 2),
            "stdout": completed.stdout,
        }

    def manage(self, env: dict, *argv: str, timeout: float = 3600) -> dict:
        return self.command([PYTHON, "manage.py", *argv], env, timeout)

    def task(self, env: dict, name: str, *argv: str, timeout: float = 3600):
        done = self.command([PYTHON, "-m", "bench.tasks", name, *argv], env, timeout)
        return json.loads(done["stdout"].strip().splitlines()[-1]), done

    def write_json(self, name: str, value) -> str:
        path = self.work / name
        path.write_text(json.dumps(value))
        return str(path)


class Gunicorn:
    """gunicorn with 2 sync workers on loopback, stopped on exit."""

    def __init__(self, run: Run, env: dict, workers: int = 2):
        self.run, self.env, self.workers = run, env, workers
        self.process = None

    def __enter__(self):
        if not self.run.args.web_port or _port_in_use(self.run.web_port):
            self.run.web_port = _free_port()
        self.log = open(self.run.work / "gunicorn.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "config.wsgi:application",
                "--workers",
                str(self.workers),
                "--bind",
                f"{HOST}:{self.run.web_port}",
                "--log-level",
                "warning",
            ],
            env=self.env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 90
        client = http_load.Client(HOST, self.run.web_port)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited; see its log")
            status, _, _ = client.get("/healthz")
            if status in (200, 503) and len(self.worker_pids()) == self.workers:
                break
            time.sleep(0.5)
        else:
            raise RuntimeError("gunicorn did not answer within 90 s")
        # Each worker loads the application on its first request: warm both.
        for _ in range(4 * self.workers):
            client.get("/nl/")
        client.close()
        return self

    def worker_pids(self) -> list[int]:
        pid = self.process.pid
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return []
        return [int(child) for child in children]

    def rss_mb(self) -> dict:
        def rss(pid):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                return None
            kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
            return round(kb / 1024, 1)

        return {
            "master": rss(self.process.pid),
            "workers": [rss(pid) for pid in self.worker_pids()],
        }

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _port_in_use(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((HOST, port)) == 0


# --- measurements ----------------------------------------------------------------


def measure_search(run: Run, queries: list[dict]) -> dict:
    """Each query once through HTTP, one at a time, after a warm-up pass."""
    results = http_load.timed_requests(
        HOST, run.web_port, [q["url"] for q in queries], warmup=min(20, len(queries))
    )
    by_kind, statuses, latencies = {}, {}, []
    for query, (_, status, ms) in zip(queries, results, strict=True):
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        latencies.append(ms)
        by_kind.setdefault(query["kind"], []).append(ms)
    return {
        **http_load.summary(latencies),
        "statuses": statuses,
        "by_kind": {k: http_load.summary(v) for k, v in sorted(by_kind.items())},
        "slowest": sorted(
            (
                {"url": q["url"], "ms": round(ms, 1), "status": status}
                for q, (_, status, ms) in zip(queries, results, strict=True)
            ),
            key=lambda row: -row["ms"],
        )[:5],
    }


# A session cookie: the anonymous page cache serves no one who sends one.
UNCACHED = {"Cookie": "sessionid=bench-uncached"}


def static_path(run: Run) -> str:
    _, _, body = http_load.Client(HOST, run.web_port).get("/nl/")
    match = re.search(rb'(/static/[^"\'?]+\.css)', body)
    return match.group(1).decode() if match else "/static/css/site.css"


def measure_pages(run: Run, targets: dict) -> dict:
    pages = {
        "home": ["/nl/", "/fr/"],
        "news": targets["news"] or ["/nl/nieuws/"],
        "guide": ["/nl/memo-gids/", "/fr/guide-memo/"],
        "enterprise": targets["enterprises"],
        "static": [static_path(run)],
    }
    # Each page twice: as a visitor with a session (the page cache lets those
    # through, so every request is rendered) and as an anonymous visitor (cached).
    runs = [(name, paths, UNCACHED) for name, paths in pages.items()]
    runs += [(f"{name}_cached", pages[name], {}) for name in pages if name != "static"]
    measured = {}
    for name, paths, headers in runs:
        run.sample_load(f"pages.{name}")
        measured[name] = wrk_load.load(
            HOST,
            run.web_port,
            paths,
            duration_s=run.args.duration,
            concurrency=run.args.concurrency,
            headers=headers,
        )
        measured[name]["paths"] = paths[:2]
        log(
            f"  {name}: {measured[name]['rps']} req/s, "
            f"p95 {measured[name]['p95_ms']} ms, errors {measured[name]['errors']}"
        )
    return measured


def measure_raw(run: Run, env: dict, queries_path: str, queries: list[dict]) -> dict:
    raw, _ = run.task(env, "raw-engine", queries_path)
    if "error" in raw:
        return raw
    timings = [row["ms"] for row in raw["timings"]]
    by_kind = {}
    for row in raw["timings"]:
        by_kind.setdefault(row["kind"], []).append(row["ms"])
    return {
        **http_load.summary(timings),
        "by_kind": {k: http_load.summary(v) for k, v in sorted(by_kind.items())},
    }


def measure_app(run: Run, env: dict, queries_path: str) -> dict:
    """The query layer in process: ms, SQL queries, engine requests per kind."""
    app, _ = run.task(env, "app-engine", queries_path)
    by_kind = {}
    for row in app["rows"]:
        by_kind.setdefault(row["kind"], []).append(row)
    return {
        "p95_ms": http_load.summary([r["ms"] for r in app["rows"]])["p95_ms"],
        "by_kind": {
            kind: {
                "p95_ms": http_load.summary([r["ms"] for r in rows])["p95_ms"],
                "max_sql_queries": max(r["sql_queries"] for r in rows),
                "max_engine_requests": max(r["engine_requests"] for r in rows),
                "max_engine_hits": max(r["engine_hits"] for r in rows),
            }
            for kind, rows in sorted(by_kind.items())
        },
    }


def query_count_pages(targets: dict) -> dict:
    enterprise = targets["enterprises"][0]
    return {
        "home": "/nl/",
        "news": (targets["news"] or ["/nl/nieuws/"])[0],
        "guide": "/nl/memo-gids/",
        "guide_search": "/nl/memo-gids/?q=energie&province=antwerpen",
        "guide_near": "/nl/memo-gids/?near=51.05,3.72&km=10",
        "enterprise": enterprise,
        "enterprise_fr": enterprise.replace("/nl/memo-gids/", "/fr/guide-memo/"),
        "api_list": "/api/v1/enterprises/?locale=nl",
        "site_search": "/nl/zoeken/?q=energie",
    }


def measure_bulk(run: Run, env: dict, size: int) -> dict:
    """Export the size's data, import it into a fresh copy of the template."""
    out = run.work / "export.csv"
    bulk = {"size": size}
    log("  export")
    exported = run.manage(
        env, "export_enterprises", "--format", "csv", "--output", str(out)
    )
    rows = max(0, sum(1 for _ in out.open(encoding="utf-8")) - 1)
    bulk.update(
        export_s=exported["s"], export_cpu_s=exported["cpu_s"], export_rows=rows
    )
    run.recreate_database(IMPORT_DB, template=BASE_DB)
    import_env = run.env_for(IMPORT_DB, INDEX_PREFIX=IMPORT_INDEX_PREFIX)
    try:
        run.manage(import_env, "rebuild_search_index")
        log(f"  import of {rows} rows into an empty guide")
        imported = run.manage(import_env, "import_enterprises", str(out), timeout=3600)
        bulk.update(
            import_s=imported["s"],
            import_cpu_s=imported["cpu_s"],
            import_summary=imported["stdout"].strip().splitlines()[-1:],
        )
        log("  import of the same file again (nothing changes)")
        again = run.manage(import_env, "import_enterprises", str(out), timeout=3600)
        bulk.update(
            reimport_unchanged_s=again["s"],
            reimport_summary=again["stdout"].strip().splitlines()[-1:],
        )
        bulk["import_profile"] = _profiled_import(run, import_env, out)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        bulk["import_error"] = str(error)[-2000:]
        log(f"  import failed: {str(error)[:300]}")
    finally:
        with contextlib.suppress(Exception):
            run.sql(f'DROP DATABASE IF EXISTS "{IMPORT_DB}" WITH (FORCE)')
        with contextlib.suppress(Exception):
            run.engine_http("DELETE", f"/{IMPORT_INDEX_PREFIX}*")
    for key in ("import", "export"):
        if bulk.get(f"{key}_s"):
            bulk[f"{key}_rows_per_s"] = round(rows / bulk[f"{key}_s"], 1)
    return bulk


def _profiled_import(run: Run, env: dict, csv_path: Path) -> str:
    """pyinstrument's account of another import of the file into an empty guide
    (timed apart: the profiler slows it down)."""
    log("  import into an empty guide again, profiled")
    run.recreate_database(IMPORT_DB, template=BASE_DB)
    run.engine_http("DELETE", f"/{IMPORT_INDEX_PREFIX}*")
    run.manage(env, "rebuild_search_index")
    profile = run.work / "import-profile.txt"
    run.command(
        [
            PYTHON,
            "-m",
            "pyinstrument",
            "--renderer",
            "text",
            "--outfile",
            str(profile),
            "manage.py",
            "import_enterprises",
            str(csv_path),
        ],
        env,
        timeout=3600,
    )
    return profile.read_text(encoding="utf-8")


def measure_relevance(run: Run) -> dict:
    """Precision at 10 of the relevance set on PostgreSQL and on the engine."""
    result = {}
    for backend, engine in (("database", False), ("engine", True)):
        run.recreate_database(RELEVANCE_DB, template=BASE_DB)
        env = run.env_for(RELEVANCE_DB, engine=engine, INDEX_PREFIX="benchrel_")
        result[backend], _ = run.task(env, "relevance")
    run.sql(f'DROP DATABASE IF EXISTS "{RELEVANCE_DB}" WITH (FORCE)')
    return result


def measure_size(run: Run, size: int, queries: list[dict], queries_path: str) -> dict:
    database = f"coopkracht_bench_{size}"
    run.recreate_database(database, template=BASE_DB)
    env = run.env_for(database)
    pg_env = run.env_for(database, engine=False)
    result = {"size": size}
    try:
        log(f"N={size}: generating enterprises")
        # Without SEARCH_URL the default backend is PostgreSQL's own index: the
        # generator fills it; the engine is rebuilt next.
        result["generate"], _ = run.task(pg_env, "generate", str(size))
        log(f"  generated in {result['generate']['total_s']} s; full reindex")
        run.sample_load(f"{size}.reindex")
        reindexed = run.manage(env, "rebuild_search_index")
        documents = re.search(r"Indexed (\d+)", reindexed["stdout"])
        result["reindex"] = {
            "s": reindexed["s"],
            "cpu_s": reindexed["cpu_s"],
            "documents": int(documents.group(1)) if documents else None,
            "enterprise_rows": 2 * size,
        }
        targets, _ = run.task(env, "targets")
        with Gunicorn(run, env) as web:
            log("  guide search on the engine (HTTP)")
            run.sample_load(f"{size}.search.engine")
            result["search_engine"] = measure_search(run, queries)
            log(f"  engine p95 {result['search_engine']['p95_ms']} ms")
            if size == max(run.args.sizes):
                log("  page throughput")
                result["pages"] = measure_pages(run, targets)
                result["memory_mb"] = web.rss_mb()
        log("  raw engine floor and the query layer in process")
        result["search_raw"] = measure_raw(run, env, queries_path, queries)
        result["app_engine"] = measure_app(run, env, queries_path)
        with Gunicorn(run, pg_env):
            log("  guide search on PostgreSQL (HTTP)")
            run.sample_load(f"{size}.search.postgres")
            result["search_postgres"] = measure_search(run, queries)
            log(f"  PostgreSQL p95 {result['search_postgres']['p95_ms']} ms")
        result["app_postgres"] = measure_app(run, pg_env, queries_path)
        result["broad_count"] = {
            "engine": run.task(env, "broad-count")[0],
            "postgres": run.task(pg_env, "broad-count")[0],
        }
        pages_path = run.write_json("pages.json", query_count_pages(targets))
        result["sql_queries"], _ = run.task(env, "query-counts", pages_path)
        if size == max(run.args.sizes):
            result["bulk"] = measure_bulk(run, env, size)
            result["bulk"]["reindex_s"] = result["reindex"]["s"]
            result["bulk"]["reindex_rows_per_s"] = round(
                2 * size / result["reindex"]["s"], 1
            )
            try:
                result["profile"] = profile(run, env, pg_env, queries, result)
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                result["profile_error"] = str(error)[-1000:]
            pages = {
                name: url
                for name, url in query_count_pages(targets).items()
                if name in ("home", "news", "guide", "enterprise")
            }
            try:
                result["page_profile"], _ = run.task(
                    env, "profile-pages", run.write_json("profile-pages.json", pages)
                )
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                result["page_profile_error"] = str(error)[-1000:]
    finally:
        with contextlib.suppress(Exception):
            run.sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return result


def profile(run: Run, env: dict, pg_env: dict, queries: list[dict], result) -> dict:
    """pyinstrument over the slowest kind of query, on the engine and PostgreSQL."""
    profiles = {}
    for backend, backend_env, key in (
        ("engine", env, "search_engine"),
        ("postgres", pg_env, "search_postgres"),
    ):
        by_kind = result[key]["by_kind"]
        slowest = max(by_kind, key=lambda kind: by_kind[kind]["p95_ms"] or 0)
        chosen = [q for q in queries if q["kind"] == slowest][:20]
        path = run.write_json(f"profile-{backend}.json", chosen)
        done, _ = run.task(backend_env, "profile", path)
        profiles[backend] = {
            "kind": slowest,
            "queries": len(chosen),
            "text": done["text"],
            "slowest_statement": done.get("slowest_statement"),
        }
    return profiles


def machine() -> dict:
    meminfo = Path("/proc/meminfo").read_text()
    total_kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1))
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(total_kb / 1024 / 1024, 1),
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "commit": commit,
        "uncommitted_changes": len(changed),
    }


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="N=500 and 2,000, fewer requests"
    )
    parser.add_argument(
        "--sizes", help="comma-separated enterprise counts (5000,50000)"
    )
    parser.add_argument("--queries", type=int, help="guide queries per backend (200)")
    parser.add_argument("--duration", type=float, help="seconds of load per page (10)")
    parser.add_argument(
        "--concurrency", type=int, default=4, help="connections wrk keeps busy (4)"
    )
    parser.add_argument("--news", type=int, default=500)
    parser.add_argument("--output", help="results name in bench/results (latest)")
    parser.add_argument("--pg-port", type=int, default=54340)
    parser.add_argument("--engine-port", type=int, default=9250)
    parser.add_argument("--redis-port", type=int, default=63840)
    parser.add_argument(
        "--web-port", type=int, default=0, help="gunicorn's port (a free one)"
    )
    parser.add_argument(
        "--keep-servers", action="store_true", help="leave PG, Redis and engine up"
    )
    args = parser.parse_args(argv)
    quick = args.quick
    default_sizes = "500,2000" if quick else "5000,50000"
    args.sizes = sorted(int(s) for s in (args.sizes or default_sizes).split(","))
    args.queries = args.queries or (60 if quick else 200)
    args.duration = args.duration or (3.0 if quick else 10.0)
    args.output = args.output or ("quick" if quick else "latest")
    return args


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    run = Run(args)
    results = {
        "machine": machine(),
        "settings": {
            "sizes": args.sizes,
            "queries": args.queries,
            "page_load_s": args.duration,
            "concurrency": args.concurrency,
            "gunicorn_workers": 2,
            "quick": args.quick,
        },
        "sizes": {},
    }
    run.sample_load("start")
    log(f"sizes {args.sizes}, {args.queries} queries, load average {load_average()}")
    queries = guide_queries(args.queries)
    queries_path = run.write_json("queries.json", queries)
    failed = None
    try:
        log("starting PostgreSQL, Redis and the search engine")
        run.start_postgres()
        run.start_redis()
        run.start_engine()
        base_env = run.env_for(BASE_DB)
        setup = {}
        run.recreate_database(BASE_DB)
        log("template database: migrate, load_demo, news, collectstatic")
        setup["migrate_s"] = run.manage(base_env, "migrate", "--noinput")["s"]
        setup["load_demo_s"] = run.manage(base_env, "load_demo")["s"]
        news, _ = run.task(run.env_for(BASE_DB, engine=False), "news", str(args.news))
        setup["news"] = news
        setup["collectstatic_s"] = run.manage(
            base_env, "collectstatic", "--noinput", "--verbosity", "0"
        )["s"]
        if not list((ROOT / "locale").glob("*/LC_MESSAGES/django.mo")):
            run.manage(
                base_env, "compilemessages", "--ignore=.venv", "--verbosity", "0"
            )
        results["setup"] = setup
        log("relevance set on PostgreSQL and on the engine")
        results["relevance"] = measure_relevance(run)
        for size in args.sizes:
            results["sizes"][str(size)] = measure_size(run, size, queries, queries_path)
    except BaseException as error:  # report what was measured, then re-raise
        failed = error
        results["error"] = f"{type(error).__name__}: {str(error)[-2000:]}"
        log(f"FAILED: {results['error'][:500]}")
    finally:
        run.sample_load("end")
        if not args.keep_servers:
            log("stopping the search engine, Redis and PostgreSQL")
            run.stop_engine()
            run.stop_redis()
            run.stop_postgres()
        shutil.rmtree(run.work, ignore_errors=True)
    results["load_average"] = run.load_samples
    # Others may commit while a run goes on: say so, the code measured then changed.
    end = machine()
    results["machine"]["commit_at_end"] = end["commit"]
    results["machine"]["uncommitted_changes_at_end"] = end["uncommitted_changes"]
    results["total_s"] = round(time.monotonic() - STARTED, 1)
    paths = report.write(results, RESULTS, args.output)
    log("wrote " + ", ".join(str(p.relative_to(ROOT)) for p in paths))
    if failed is not None and not isinstance(failed, Exception):
        raise failed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
