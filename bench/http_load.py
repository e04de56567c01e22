"""Requests one at a time, timed: the guide's queries and the benchmark's probes.

A client holds one connection and reopens it when the server closes it
(gunicorn's sync workers answer `Connection: close`, so there that costs a new
TCP connection per request, as it would for real clients). Latency is measured
from sending the request to reading the whole body. Load (many connections at
once) is wrk's job: `bench.wrk_load`.
"""

import http.client
import statistics
import time

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
