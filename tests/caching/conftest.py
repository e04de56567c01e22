"""The site's pages, the guide's and the news' fixtures, and a front cache that
records what is purged."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.home.conftest import pages_fr, pages_nl, site_chrome  # noqa: F401
from tests.knowledge.conftest import event_index, news_index  # noqa: F401


class _PurgeRecorder(BaseHTTPRequestHandler):
    received: list[str] = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache(settings):
    """A real HTTP server standing in the place of Varnish: it records PURGE requests."""
    server = HTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    _PurgeRecorder.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield _PurgeRecorder.received
    server.shutdown()
