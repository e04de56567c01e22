"""Page throughput under load, measured by wrk (Debian's HTTP load generator).

wrk keeps `concurrency` connections busy for a while, requesting the given paths
in turn with the given headers, and reports the requests it completed and their
latency distribution; a short first run warms the workers up and is discarded.
`scripts/bench.sh` installs wrk when it is missing.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

WARMUP_S = 1
# Every wrk thread drives its share of the connections; two cores, two threads.
THREADS = 2

# wrk's Lua hooks: cycle through the paths, and print the summary as one JSON line.
SCRIPT = """
local paths = %(paths)s
local headers = %(headers)s
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %%d, "duration_us": %%d, "bad_status": %%d, "socket_errors": %%d, '
    .. '"p50_us": %%d, "p95_us": %%d, "p99_us": %%d, "mean_us": %%.1f, "max_us": %%d}\\n',
    summary.requests, summary.duration, e.status,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.mean, latency.max))
end
"""


def _lua_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid Lua string literal here


def lua_script(paths: list[str], headers: dict | None) -> str:
    table = "{" + ", ".join(_lua_string(p) for p in paths) + "}"
    fields = ", ".join(
        f"[{_lua_string(k)}] = {_lua_string(v)}" for k, v in (headers or {}).items()
    )
    return SCRIPT % {"paths": table, "headers": "{" + fields + "}"}


def _run(url: str, script: Path, duration_s: float, concurrency: int) -> dict:
    done = subprocess.run(
        [
            shutil.which("wrk") or "wrk",
            f"--threads={min(THREADS, concurrency)}",
            f"--connections={concurrency}",
            f"--duration={max(1, round(duration_s))}s",
            "--timeout=60s",
            f"--script={script}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=duration_s + 120,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def load(
    host: str,
    port: int,
    paths: list[str],
    *,
    duration_s: float,
    concurrency: int,
    headers: dict | None = None,
) -> dict:
    """Load `paths` (in turn) over `concurrency` connections for `duration_s`."""
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "paths.lua"
        script.write_text(lua_script(paths, headers))
        url = f"http://{host}:{port}"
        _run(url, script, WARMUP_S, concurrency)
        measured = _run(url, script, duration_s, concurrency)
    elapsed = measured["duration_us"] / 1e6
    errors = measured["bad_status"] + measured["socket_errors"]
    ok = measured["requests"] - measured["bad_status"]
    return {
        "rps": round(ok / elapsed, 1),
        "requests": measured["requests"],
        "errors": errors,
        "concurrency": concurrency,
        "duration_s": round(elapsed, 1),
        "n": measured["requests"],
        "p50_ms": round(measured["p50_us"] / 1000, 2),
        "p95_ms": round(measured["p95_us"] / 1000, 2),
        "p99_ms": round(measured["p99_us"] / 1000, 2),
        "mean_ms": round(measured["mean_us"] / 1000, 2),
        "max_ms": round(measured["max_us"] / 1000, 2),
        "generator": "wrk",
    }
