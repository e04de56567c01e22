"""A database whose writes are committed, then put back as the migrations left it.

Tests where another process or the task worker must see what the test wrote cannot
run inside pytest-django's per-test transaction. They write for real, and the
database is restored afterwards for the tests that follow.
"""

from contextlib import contextmanager

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from tests.cache import clear_run_cache


def _tables():
    return [m for m in apps.get_models() if m._meta.managed and not m._meta.proxy]


def restore(serialized: str) -> None:
    """Empty every table and load `serialized` (from `serialize_db_to_string`)."""
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(serialized)
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), _tables()):
            cursor.execute(sql)
    # Content types were reloaded: ids cached in this process may be stale.
    ContentType.objects.clear_cache()


@contextmanager
def committed_database(django_db_blocker):
    """Database access outside any test transaction; restored on the way out."""
    with django_db_blocker.unblock():
        as_migrated = connection.creation.serialize_db_to_string()
        try:
            yield
        finally:
            restore(as_migrated)
            clear_run_cache()
