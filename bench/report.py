"""The benchmark's results: JSON (stable keys, so runs compare), Markdown and a chart.

Headline keys are those of the largest size measured:
guide_search.engine.p95_ms, .raw_p95_ms, .ratio_to_raw_p95,
guide_search.postgres.p95_ms, pages.<name>.rps, pages.static.rps,
pages.uncached_ratio_to_static, pages.cached_ratio_to_static,
bulk.import_50k_s, bulk.reindex_50k_s, bulk.export_50k_s (at N = 50,000).
"""

import json
from pathlib import Path

UNCACHED_PAGES = ("home", "news", "guide", "enterprise")
TARGETS = (
    # key, comparison, limit, what
    ("guide_search.engine.p95_ms", "<=", 50, "guide search p95 on the engine (ms)"),
    (
        "guide_search.engine.ratio_to_raw_p95",
        "<=",
        2,
        "guide search p95 / raw engine p95",
    ),
    ("guide_search.postgres.p95_ms", "<=", 150, "guide search p95 on PostgreSQL (ms)"),
    ("pages.uncached_ratio_to_static", ">=", 0.25, "worst uncached page / static rps"),
    ("pages.cached_ratio_to_static", ">=", 0.8, "worst cached page / static rps"),
    ("bulk.import_50k_s", "<=", 60, "import of 50,000 enterprises (s)"),
    ("bulk.reindex_50k_s", "<=", 60, "full reindex at 50,000 enterprises (s)"),
)


def _get(data: dict, dotted: str):
    for part in dotted.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _ratio(a, b, digits=2):
    return round(a / b, digits) if a is not None and b else None


def headline(results: dict) -> dict:
    """The comparable keys, from the largest size that was measured."""
    sizes = results.get("sizes", {})
    if not sizes:
        return {}
    largest = sizes[max(sizes, key=int)]
    engine = largest.get("search_engine", {})
    raw = largest.get("search_raw", {})
    postgres = largest.get("search_postgres", {})
    out = {
        "size": largest["size"],
        "guide_search": {
            "engine": {
                "p50_ms": engine.get("p50_ms"),
                "p95_ms": engine.get("p95_ms"),
                "p99_ms": engine.get("p99_ms"),
                "raw_p50_ms": raw.get("p50_ms"),
                "raw_p95_ms": raw.get("p95_ms"),
                "raw_p99_ms": raw.get("p99_ms"),
                "ratio_to_raw_p95": _ratio(engine.get("p95_ms"), raw.get("p95_ms"), 1),
            },
            "postgres": {
                "p50_ms": postgres.get("p50_ms"),
                "p95_ms": postgres.get("p95_ms"),
                "p99_ms": postgres.get("p99_ms"),
            },
            "by_size": {
                size: {
                    "engine_p95_ms": _get(data, "search_engine.p95_ms"),
                    "raw_p95_ms": _get(data, "search_raw.p95_ms"),
                    "postgres_p95_ms": _get(data, "search_postgres.p95_ms"),
                }
                for size, data in sizes.items()
            },
        },
    }
    pages = largest.get("pages")
    if pages:
        static = pages["static"]["rps"]
        uncached = [pages[name]["rps"] for name in UNCACHED_PAGES if name in pages]
        cached = [
            pages[f"{name}_cached"]["rps"]
            for name in UNCACHED_PAGES
            if f"{name}_cached" in pages
        ]
        out["pages"] = {
            **{
                name: {"rps": page["rps"], "p95_ms": page["p95_ms"]}
                for name, page in pages.items()
            },
            "uncached_ratio_to_static": _ratio(min(uncached), static, 4),
            "cached_ratio_to_static": _ratio(min(cached), static, 4)
            if cached
            else None,
            "page_cache": "the anonymous page cache (caching.pages); the uncached "
            "rows send a session cookie, which it lets through to be rendered",
        }
    if "memory_mb" in largest:
        out["memory_mb"] = largest["memory_mb"]
    if "sql_queries" in largest:
        out["sql_queries"] = {
            name: row["sql_queries"] for name, row in largest["sql_queries"].items()
        }
    bulk = largest.get("bulk")
    if bulk:
        out["bulk"] = dict(bulk)
        if bulk["size"] == 50_000:
            for key in ("import", "reindex", "export"):
                out["bulk"][f"{key}_50k_s"] = bulk.get(f"{key}_s")
    return out


def evaluate_targets(head: dict) -> list[dict]:
    rows = []
    for key, comparison, limit, what in TARGETS:
        value = _get(head, key)
        met = None
        if value is not None:
            met = value <= limit if comparison == "<=" else value >= limit
        rows.append(
            {
                "key": key,
                "what": what,
                "target": f"{comparison} {limit}",
                "value": value,
                "met": met,
            }
        )
    return rows


def write(results: dict, folder: Path, name: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    head = headline(results)
    document = {**head, "targets": evaluate_targets(head), **results}
    json_path = folder / f"{name}.json"
    json_path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    md_path = folder / f"{name}.md"
    md_path.write_text(markdown(document))
    paths = [json_path, md_path]
    png_path = folder / f"{name}.png"
    if chart(document, png_path):
        paths.append(png_path)
    return paths


def _fmt(value, digits=1):
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def relevance_lines(relevance: dict | None) -> list[str]:
    """The relevance set's section: cases passed and precision at 10, per backend."""
    if not relevance:
        return []
    lines = [
        "",
        "## Relevance set (the tests' queries and the records they must find)",
        "",
        "| backend | cases | passed | precision at 10 |",
        "| --- | --- | --- | --- |",
    ]
    for backend, row in relevance.items():
        lines.append(
            f"| {backend} | {row['cases']} | {row['passed']} "
            f"| {_fmt(row['precision_at_10'], 3)} |"
        )
    lines += [
        "",
        "Precision at 10: of the first ten results (or fewer, when fewer are asked "
        "for or found), the share the case asks for, averaged over the cases. The "
        "engine runs more cases (compounds and typos).",
    ]
    return lines


def markdown(doc: dict) -> str:
    m = doc["machine"]
    lines = [
        "# Coopkracht benchmark",
        "",
        f"Commit `{m['commit'][:12]}`"
        + (
            f" (with {m['uncommitted_changes']} files changed in the working tree)"
            if m.get("uncommitted_changes")
            else ""
        )
        + f"; {m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB; Python {m['python']}."
        + (
            f" HEAD moved to `{m['commit_at_end'][:12]}` during the run: later "
            "steps may have measured newer code."
            if m.get("commit_at_end") and m["commit_at_end"] != m["commit"]
            else ""
        ),
        f"Run took {_fmt(doc.get('total_s'))} s. Sizes: "
        + ", ".join(f"{int(s):,}" for s in doc["settings"]["sizes"])
        + f" enterprises (each in Dutch and French); {doc['settings']['queries']} guide "
        f"queries; pages under {doc['settings']['concurrency']} connections of wrk for "
        f"{doc['settings']['page_load_s']} s each; gunicorn with 2 sync workers on "
        "loopback, production settings, PostgreSQL and OpenSearch on the same machine.",
        "",
        "Load average (1, 5, 15 min) during the run: "
        + "; ".join(
            f"{s['at']} {'/'.join(str(x) for x in s['load_avg'])}"
            for s in doc.get("load_average", [])
        )
        + ". The load generator, the database, the engine and the two workers share "
        "the same cores, and other work ran on the machine: read absolute numbers "
        "with that in mind, ratios are steadier.",
        "",
    ]
    if doc.get("error"):
        lines += [f"**The run stopped early:** `{doc['error'][:300]}`", ""]
    lines += [
        "## Targets",
        "",
        "| what | target | value | met |",
        "| --- | --- | --- | --- |",
    ]
    for row in doc["targets"]:
        met = {True: "yes", False: "**no**", None: "not measured"}[row["met"]]
        value = row["value"]
        digits = 4 if isinstance(value, float) and value < 1 else 2
        lines.append(
            f"| {row['what']} | {row['target']} | {_fmt(value, digits)} | {met} |"
        )
    lines += relevance_lines(doc.get("relevance"))
    lines += [
        "",
        "## Guide search (200 mixed queries, one at a time, through HTTP)",
        "",
    ]
    lines += [
        "| N | backend | p50 ms | p95 ms | p99 ms | statuses |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for size, data in doc["sizes"].items():
        for label, key in (
            ("engine (HTTP)", "search_engine"),
            ("raw engine `_search`", "search_raw"),
            ("PostgreSQL (HTTP)", "search_postgres"),
        ):
            row = data.get(key)
            if not row or "p95_ms" not in row:
                continue
            lines.append(
                f"| {int(size):,} | {label} | {_fmt(row['p50_ms'])} | {_fmt(row['p95_ms'])} "
                f"| {_fmt(row['p99_ms'])} | {row.get('statuses', '')} |"
            )
    lines += [
        "",
        "The raw floor is the site's own engine requests without the site: the "
        "query layer runs each query once while its requests to the engine (body, "
        "index, paging, aggregations) are recorded, then the same requests are sent "
        "again with the engine's client alone; a query's floor is the sum of its "
        "requests' times.",
        "",
    ]
    counted = [
        (size, data["broad_count"])
        for size, data in doc["sizes"].items()
        if data.get("broad_count")
    ]
    if counted:
        lines += [
            "### Count of a broad query (Dutch guide), engine beside PostgreSQL",
            "",
            "| N | query | engine count | PostgreSQL count | published (SQL count) |",
            "| --- | --- | --- | --- | --- |",
        ]
        for size, broad in counted:
            engine = broad.get("engine", {})
            postgres = broad.get("postgres", {})
            for label in engine.get("queries", {}):
                lines.append(
                    f"| {int(size):,} | {label} "
                    f"| {_fmt(_get(engine, f'queries.{label}.count'))} "
                    f"| {_fmt(_get(postgres, f'queries.{label}.count'))} "
                    f"| {_fmt(engine.get('published_sql'))} |"
                )
        lines.append("")
    for size, data in doc["sizes"].items():
        if "search_engine" not in data:
            continue
        lines += [
            f"### p95 by kind of query at N = {int(size):,} (ms)",
            "",
            "| kind | engine (HTTP) | raw engine | PostgreSQL (HTTP) | query layer in process, engine: ms / SQL / engine requests / hits fetched | in process, PostgreSQL: ms / SQL |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for kind, row in data["search_engine"]["by_kind"].items():
            raw = _get(data, f"search_raw.by_kind.{kind}.p95_ms")
            pg = _get(data, f"search_postgres.by_kind.{kind}.p95_ms")
            app = _get(data, f"app_engine.by_kind.{kind}") or {}
            app_pg = _get(data, f"app_postgres.by_kind.{kind}") or {}
            lines.append(
                f"| {kind} | {_fmt(row['p95_ms'])} | {_fmt(raw)} | {_fmt(pg)} | "
                f"{_fmt(app.get('p95_ms'))} / {_fmt(app.get('max_sql_queries'))} / "
                f"{_fmt(app.get('max_engine_requests'))} / {_fmt(app.get('max_engine_hits'))} | "
                f"{_fmt(app_pg.get('p95_ms'))} / {_fmt(app_pg.get('max_sql_queries'))} |"
            )
        lines.append("")
    head_pages = doc.get("pages")
    if head_pages:
        lines += [
            f"## Page throughput at N = {doc['size']:,}",
            "",
            "| page | req/s | p95 ms |",
            "| --- | --- | --- |",
        ]
        for name, row in head_pages.items():
            if isinstance(row, dict):
                lines.append(f"| {name} | {_fmt(row['rps'])} | {_fmt(row['p95_ms'])} |")
        lines += [
            "",
            f"Worst uncached page / static file: {_fmt(head_pages['uncached_ratio_to_static'], 4)}; "
            f"worst cached page / static file: {_fmt(head_pages['cached_ratio_to_static'], 4)} "
            f"({head_pages['page_cache']}).",
            "",
        ]
    if doc.get("memory_mb"):
        mem = doc["memory_mb"]
        lines += [
            f"Resident memory after the page load: workers {', '.join(_fmt(w) for w in mem['workers'])} MB, "
            f"master {_fmt(mem['master'])} MB.",
            "",
        ]
    if doc.get("sql_queries"):
        lines += ["## SQL queries per page", "", "| page | queries |", "| --- | --- |"]
        lines += [f"| {name} | {count} |" for name, count in doc["sql_queries"].items()]
        lines.append("")
    bulk = doc.get("bulk")
    if bulk:
        lines += [
            f"## Bulk work at N = {bulk['size']:,} ({_fmt(bulk.get('export_rows'))} CSV rows, "
            f"{2 * bulk['size']:,} enterprise records in two languages)",
            "",
            "| job | seconds | CPU s of the command | rows/s |",
            "| --- | --- | --- | --- |",
            f"| export (CSV) | {_fmt(bulk.get('export_s'))} | {_fmt(bulk.get('export_cpu_s'))} | {_fmt(bulk.get('export_rows_per_s'))} |",
            f"| import into an empty guide | {_fmt(bulk.get('import_s'))} | {_fmt(bulk.get('import_cpu_s'))} | {_fmt(bulk.get('import_rows_per_s'))} |",
            f"| import the same file again | {_fmt(bulk.get('reimport_unchanged_s'))} | – | – |",
            f"| full reindex (`rebuild_search_index`, records/s) | {_fmt(bulk.get('reindex_s'))} | – | {_fmt(bulk.get('reindex_rows_per_s'))} |",
            "",
            "Seconds include starting Django (about 2 s). CPU seconds are the "
            "command's own; the database's and engine's work is not in them.",
            "",
        ]
        if bulk.get("import_error"):
            lines += [
                "Import failed:",
                "",
                "```",
                bulk["import_error"][-1500:],
                "```",
                "",
            ]
    for size, data in doc["sizes"].items():
        gen = data.get("generate")
        if gen:
            lines.append(
                f"Generating {int(size):,} enterprises took {gen['total_s']} s "
                f"(written, recorded and indexed in the database by the import's "
                f"writer in {gen['write_s']} s); reindex {_get(data, 'reindex.s')} s for "
                f"{_fmt(_get(data, 'reindex.documents'))} documents."
            )
    lines.append("")
    for size, data in doc["sizes"].items():
        for backend, prof in (data.get("profile") or {}).items():
            lines += [
                f"## Profile: {prof['kind']} queries on {backend}, N = {int(size):,} "
                f"({prof['queries']} queries, query layer in process)",
                "",
                "```",
                *_trim_profile(prof["text"]),
                "```",
                "",
            ]
            statement = prof.get("slowest_statement")
            if statement:
                lines += [
                    f"Its slowest SQL statement ({statement['ms']} ms, "
                    f"{statement['url']}), as PostgreSQL ran it again:",
                    "",
                    "```",
                    *_plan_lines(statement["plan"]),
                    "```",
                    "",
                ]
        import_profile = (data.get("bulk") or {}).get("import_profile")
        if import_profile:
            lines += [
                f"## Profile: import into an empty guide, N = {int(size):,} "
                "(the import command, in process; a run apart from the timed one)",
                "",
                "```",
                *_trim_profile(import_profile, 60),
                "```",
                "",
            ]
        for name, prof in (data.get("page_profile") or {}).items():
            lines += [
                f"## Profile: {name} page ({prof['url']}), N = {int(size):,}, "
                f"{prof['ms_per_request']} ms per request in process",
                "",
                "```",
                *_trim_profile(prof["text"], 30),
                "```",
                "",
            ]
    return "\n".join(lines) + "\n"


def _plan_lines(plan: str, lines: int = 70, width: int = 150) -> list[str]:
    """The plan's nodes and timings; the long conditions and sort keys left out."""
    skipped = ("Filter:", "Index Cond:", "Recheck Cond:", "Sort Key:", "Hash Cond:")
    kept = [
        line.rstrip()[:width]
        for line in plan.splitlines()
        if line.strip() and not line.strip().startswith(skipped)
    ]
    return kept[:lines]


def _trim_profile(text: str, lines: int = 45) -> list[str]:
    body = [line.rstrip() for line in text.splitlines() if line.strip()]
    return body[:lines]


def chart(doc: dict, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, axes = plt.subplots(2, 2, figsize=(13, 9))
    fig.suptitle(
        f"Coopkracht benchmark, commit {doc['machine']['commit'][:10]}, "
        f"{doc['machine']['cores']} cores"
    )
    # 1. guide search p95 per size and backend
    ax = axes[0][0]
    sizes = list(doc["sizes"])
    series = (
        ("engine (HTTP)", "search_engine"),
        ("raw engine", "search_raw"),
        ("PostgreSQL (HTTP)", "search_postgres"),
    )
    width = 0.8 / len(series)
    for i, (label, key) in enumerate(series):
        values = [_get(doc["sizes"][s], f"{key}.p95_ms") or 0 for s in sizes]
        ax.bar([x + i * width for x in range(len(sizes))], values, width, label=label)
    ax.axhline(
        50, color="green", linestyle="--", linewidth=1, label="engine target 50 ms"
    )
    ax.axhline(
        150,
        color="orange",
        linestyle="--",
        linewidth=1,
        label="PostgreSQL target 150 ms",
    )
    ax.set_xticks(
        [x + width for x in range(len(sizes))], [f"N={int(s):,}" for s in sizes]
    )
    ax.set_ylabel("p95 ms")
    ax.set_yscale("symlog", linthresh=10)
    ax.set_title("Guide search p95")
    ax.legend(fontsize=8)
    # 2. p95 by kind at the largest size
    ax = axes[0][1]
    largest = doc["sizes"][max(sizes, key=int)] if sizes else {}
    kinds = list(_get(largest, "search_engine.by_kind") or {})
    for i, (label, key) in enumerate(series):
        values = [_get(largest, f"{key}.by_kind.{k}.p95_ms") or 0 for k in kinds]
        ax.bar([x + i * width for x in range(len(kinds))], values, width, label=label)
    ax.set_xticks([x + width for x in range(len(kinds))], kinds, rotation=20)
    ax.set_yscale("symlog", linthresh=10)
    ax.set_ylabel("p95 ms")
    ax.set_title(f"p95 by kind of query, N={largest.get('size', 0):,}")
    ax.legend(fontsize=8)
    # 3. pages
    ax = axes[1][0]
    pages = {k: v for k, v in (doc.get("pages") or {}).items() if isinstance(v, dict)}
    if pages:
        names = list(pages)
        colors = ["tab:gray" if n == "static" else "tab:blue" for n in names]
        ax.bar(names, [pages[n]["rps"] for n in names], color=colors)
        static = pages.get("static", {}).get("rps")
        if static:
            ax.axhline(
                static * 0.25,
                color="red",
                linestyle="--",
                linewidth=1,
                label="25% of static",
            )
            ax.legend(fontsize=8)
        ax.set_ylabel("requests/s")
    ax.set_title("Page throughput (uncached)")
    # 4. bulk
    ax = axes[1][1]
    bulk = doc.get("bulk") or {}
    jobs = [("import", "import_s"), ("reindex", "reindex_s"), ("export", "export_s")]
    ax.bar(
        [j for j, _ in jobs], [bulk.get(k) or 0 for _, k in jobs], color="tab:purple"
    )
    ax.axhline(60, color="red", linestyle="--", linewidth=1, label="target 60 s")
    ax.set_ylabel("seconds")
    ax.set_title(f"Bulk work at N={bulk.get('size', 0):,}")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return True
