"""What each search backend indexes, and how it loads it: only its own records.

A language backend holds the records of its language only, so it loads them with
a query filtered by language instead of loading every record and dropping the
others. A backend can also leave a model out (the engine's `default` backend
keeps no enterprises: see `search.backends`); it then indexes nothing of it.
"""

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db import connections
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.search.backends import get_search_backends_with_name
from wagtail.search.index import RelatedFields

from core.progress import Progress, no_progress

# Objects loaded from the database, and sent to the backend, per batch.
BATCH_SIZE = 2000
# The database backends build their SQL per object; they are fastest in batches of
# about a hundred.
DATABASE_BATCH_SIZE = 100


def holds(backend, model) -> bool:
    """Does this backend keep documents of `model`?"""
    return getattr(backend, "holds_model", lambda model: True)(model)


def _has_locale(model) -> bool:
    return any(field.name == "locale" for field in model._meta.concrete_fields)


def loaded_columns(model) -> list[str] | None:
    """The fields a document of `model` is built from, or None when unknown.

    A search field naming a method or property could read any column; a model
    says which ones in `search_method_columns` ({name: (field, ...)}), else
    everything is loaded.
    """
    declared = getattr(model, "search_method_columns", None)
    names = {model._meta.pk.name}
    for search_field in model.get_search_fields():
        try:
            field = model._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            if declared is None or search_field.field_name not in declared:
                return None
            names.update(declared[search_field.field_name])
            continue
        if isinstance(search_field, RelatedFields):
            if not (field.many_to_many or field.one_to_many):
                return None  # select_related needs the related columns too
        elif field.concrete:
            names.add(field.name)
        else:
            return None
    return sorted(names)


def indexed_objects(backend, model):
    """The indexed objects of `model` that this backend holds (a queryset)."""
    queryset = model.get_indexed_objects()
    language = getattr(backend, "language", None)
    if language and _has_locale(model):
        queryset = queryset.filter(locale__language_code=language)
    columns = loaded_columns(model)
    return queryset if columns is None else queryset.only(*columns)


def batches(queryset, size: int = BATCH_SIZE):
    """The queryset in lists of `size` objects, by primary key (keyset pagination)."""
    last_pk = None
    queryset = queryset.order_by("pk")
    while True:
        page = queryset if last_pk is None else queryset.filter(pk__gt=last_pk)
        chunk = list(page[:size])
        if not chunk:
            return
        yield chunk
        last_pk = chunk[-1].pk


def send_while_loading(chunks: Iterable[list], send: Callable[[list], None]) -> int:
    """`send(chunk)` for each chunk in a thread of its own while the next one loads.

    Building and loading a batch is Python and database work, sending it is the
    engine's: side by side they take about the longer of the two instead of the
    sum. One batch is sent while one is loaded; the number of objects is returned.
    """
    count = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-sender") as sender:
        try:
            sending = None
            for chunk in chunks:
                if sending is not None:
                    sending.result()
                sending = sender.submit(send, chunk)
                count += len(chunk)
            if sending is not None:
                sending.result()
        finally:
            sender.submit(connections.close_all).result()  # the sender's own
    return count


def batch_size(backend) -> int:
    """Objects per batch: an engine takes thousands, the database index a hundred."""
    return (
        BATCH_SIZE if getattr(backend, "es", None) is not None else DATABASE_BATCH_SIZE
    )


def _sends_apart(backend, model) -> bool:
    index = backend.get_index_for_model(model)
    return hasattr(index, "documents") and hasattr(backend, "missed")


def send_beside(model, streams: dict, batches: Iterable[list]) -> dict:
    """Index each batch on every engine in `streams` ({name: backend}), each engine's
    documents sent by a thread of its own while the next batch loads.

    The engines' indexes (one per language) take their batches side by side, so
    an engine with more than one processor works on two at a time. Loading a
    batch and building its documents read the database, here, on the caller's
    connection; the threads only talk to the engines. A batch an engine refuses
    is remembered for catch-up (`missed`); that engine gets no more batches and
    its error is returned ({name: error}); the others go on.
    """
    failed = {}
    sending = {}
    with ThreadPoolExecutor(
        max_workers=max(1, len(streams)), thread_name_prefix="index-sender"
    ) as sender:
        try:
            for batch in batches:
                for name, backend in streams.items():
                    if name in failed:
                        continue
                    index = backend.get_index_for_model(model)
                    try:
                        chunk = _chunk(backend, model, batch)
                        actions = index.documents(model, chunk) if chunk else []
                    except Exception as error:
                        failed[name] = error
                        continue
                    if not chunk:
                        continue
                    if name in sending and not _sent(
                        backend, *sending.pop(name), failed, name
                    ):
                        continue
                    sending[name] = (chunk, sender.submit(index.send, actions))
            for name in list(sending):
                _sent(streams[name], *sending.pop(name), failed, name)
        finally:
            for _chunk_sent, future in sending.values():
                future.cancel()
    return failed


def _sent(backend, chunk: list, future, failed: dict, name: str) -> bool:
    try:
        future.result()
    except Exception as error:
        backend.missed(chunk)
        failed[name] = error
        return False
    return True


@dataclass
class Written:
    """Objects just written, indexed without reading them back: their rows
    ({attname: value}, with the primary key) by key, and `build(rows)`, which makes
    the objects as `get_indexed_objects()` gives them (related objects loaded)."""

    rows: dict
    build: Callable[[list[dict]], list]


def index_objects(
    model,
    ids: Iterable,
    *,
    on_error=None,
    progress: Progress = no_progress,
    written: Written | None = None,
) -> bool:
    """Index these objects of `model` on every auto-updated backend; False on failure.

    Each backend loads only the objects it holds; the engines' batches are sent
    while the next ones load (`send_beside`). `on_error(name, error)` is called
    when a backend fails (its remaining batches are skipped); without it the error
    is raised. Objects in `written` are built from their rows instead of loaded.
    """
    ids = sorted(set(ids))
    ok = True
    engines = {}
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        if not holds(backend, model):
            continue
        if _sends_apart(backend, model):
            engines[name] = backend
            continue
        try:
            for chunk in _loaded(backend, model, ids, progress, written):
                backend.add_bulk(model, chunk)
        except Exception as error:
            if on_error is None:
                raise
            on_error(name, error)
            ok = False
    if engines:
        held = {}
        batches = (
            _Batch(ids[start : start + BATCH_SIZE], written, held)
            for start in progress(
                range(0, len(ids), BATCH_SIZE), desc=_("Indexing"), unit=_("batches")
            )
        )
        for name, error in send_beside(model, engines, batches).items():
            if on_error is None:
                raise error
            on_error(name, error)
            ok = False
    return ok


class _Batch(list):
    """Ids to index, with what is known of them without a query, and which rows each
    backend holds ({backend alias: test}, shared by the batches of one indexing)."""

    def __init__(self, ids: list, written: Written | None, held: dict):
        super().__init__(ids)
        self.written = written
        self.held = held


def _loaded(backend, model, ids: list, progress: Progress, written: Written | None):
    """The objects with these ids that the backend holds, batch by batch."""
    size = batch_size(backend)
    held = {}
    for start in progress(
        range(0, len(ids), size), desc=_("Indexing"), unit=_("batches")
    ):
        batch = _Batch(ids[start : start + size], written, held)
        chunk = _chunk(backend, model, batch)
        if chunk:
            yield chunk


def _chunk(backend, model, batch: _Batch) -> list:
    """The objects of the batch that the backend holds: built from what was written,
    else loaded."""
    rows = batch.written.rows if batch.written is not None else {}
    chunk = []
    known = [rows[pk] for pk in batch if pk in rows]
    if known:
        if backend not in batch.held:
            batch.held[backend] = _held_rows(backend, model)
        held = batch.held[backend]
        chunk = batch.written.build([row for row in known if held(row)])
    unknown = [pk for pk in batch if pk not in rows]
    if unknown:
        chunk.extend(indexed_objects(backend, model).filter(pk__in=unknown))
    return chunk


def _held_rows(backend, model) -> Callable[[dict], bool]:
    """Does the backend hold the object of this row? (`indexed_objects`' language.)"""
    language = getattr(backend, "language", None)
    if not (language and _has_locale(model)):
        return lambda row: True
    locales = set(
        Locale.objects.filter(language_code=language).values_list("pk", flat=True)
    )
    return lambda row: row["locale_id"] in locales
