"""A small loopback HTTP load generator: threads, http.client, keep-alive.

Each thread holds one connection and reopens it when the server closes it
(gunicorn's sync workers answer `Connection: close`, so there that costs a new
TCP connection per request, as it would for real clients). Latency is measured
from sending the request to reading the whole body.
"""

import http.client
import statistics
import threading
import time
from itertools import cycle

TIMEOUT_S = 60


def percentile(values: list[float], p: float) -> float | None:
    """The p-th percentile (0..100) by linear interpolation; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(latencies_ms: list[float]) -> dict:
    return {
        "n": len(latencies_ms),
        "p50_ms": _round(percentile(latencies_ms, 50)),
        "p95_ms": _round(percentile(latencies_ms, 95)),
        "p99_ms": _round(percentile(latencies_ms, 99)),
        "mean_ms": _round(statistics.fmean(latencies_ms)) if latencies_ms else None,
        "max_ms": _round(max(latencies_ms)) if latencies_ms else None,
    }


def _round(value):
    return None if value is None else round(value, 2)


class Client:
    """One keep-alive connection to host:port; reconnects when needed."""

    def __init__(self, host: str, port: int, headers: dict | None = None):
        self.host, self.port = host, port
        self.headers = {"Host": f"{host}:{port}", **(headers or {})}
        self.connection = None

    def get(self, path: str) -> tuple[int, float, bytes]:
        """(status, seconds, body) of one GET; status 0 on a connection error."""
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(
                    self.host, self.port, timeout=TIMEOUT_S
                )
            started = time.perf_counter()
            try:
                self.connection.request("GET", path, headers=self.headers)
                response = self.connection.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - started
                if response.will_close:
                    self.close()
                return response.status, elapsed, body
            except (OSError, http.client.HTTPException):
                self.close()
                if attempt == 2:
                    return 0, time.perf_counter() - started, b""
        raise AssertionError("unreachable")

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def timed_requests(host: str, port: int, urls: list[str], warmup: int = 0) -> list:
    """Each URL once, one after another: [(url, status, milliseconds), ...]."""
    client = Client(host, port)
    for url in urls[:warmup]:
        client.get(url)
    results = []
    for url in urls:
        status, seconds, _ = client.get(url)
        results.append((url, status, seconds * 1000))
    client.close()
    return results


def load(
    host: str,
    port: int,
    paths: list[str],
    *,
    duration_s: float,
    concurrency: int,
    warmup_s: float = 1.0,
    headers: dict | None = None,
) -> dict:
    """Hammer `paths` (in turn) with `concurrency` threads for `duration_s` seconds."""
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    measuring = threading.Event()
    stop = threading.Event()

    def worker(offset: int):
        client = Client(host, port, headers)
        own_latencies, own_statuses = [], {}
        urls = cycle(paths[offset % len(paths) :] + paths[: offset % len(paths)])
        while not stop.is_set():
            status, seconds, _ = client.get(next(urls))
            if measuring.is_set() and not stop.is_set():
                own_latencies.append(seconds * 1000)
                own_statuses[status] = own_statuses.get(status, 0) + 1
        client.close()
        with lock:
            latencies.extend(own_latencies)
            for status, count in own_statuses.items():
                statuses[status] = statuses.get(status, 0) + count

    threads = [
        threading.Thread(target=worker, args=(i,), daemon=True)
        for i in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    time.sleep(warmup_s)
    measuring.set()
    started = time.perf_counter()
    time.sleep(duration_s)
    stop.set()
    elapsed = time.perf_counter() - started
    for thread in threads:
        thread.join(TIMEOUT_S)
    ok = sum(count for status, count in statuses.items() if 200 <= status < 400)
    return {
        "rps": round(ok / elapsed, 1),
        "requests": sum(statuses.values()),
        "errors": sum(statuses.values()) - ok,
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "concurrency": concurrency,
        "duration_s": round(elapsed, 1),
        **summary(latencies),
    }
