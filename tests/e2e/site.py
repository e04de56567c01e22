"""The demo site served to the browser, and the database as it was afterwards.

pytest-django's `live_server` fixture flushes the database after every test, and
loading the demo takes a while, so the browser tests load it once, commit it, and
serve it with pytest-django's `LiveServer` for all tests of a package or module.
Afterwards the database is put back as the migrations left it, for the tests
that follow. The loaded demo is kept in memory: a second module restores it
instead of loading it again.
"""

import io
from contextlib import contextmanager

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from pytest_django.live_server_helper import LiveServer

from tests.committed import restore

_loaded_demo: list[str] = []  # the serialized demo database, once loaded


def _load_demo() -> None:
    if _loaded_demo:
        restore(_loaded_demo[0])
    else:
        call_command("load_demo", stdout=io.StringIO())
        _loaded_demo.append(connection.creation.serialize_db_to_string())


@contextmanager
def demo_site(django_db_blocker):
    """The demo content, committed, served on a live server; the URL is `.url`."""
    with django_db_blocker.unblock():
        as_migrated = connection.creation.serialize_db_to_string()
        _load_demo()
        cache.clear()
    server = LiveServer("localhost")
    try:
        # Absolute links (the API's, the feeds') must lead back to this server.
        with override_settings(SITE_URL=server.url):
            yield server
    finally:
        server.stop()
        with django_db_blocker.unblock():
            restore(as_migrated)
            cache.clear()
