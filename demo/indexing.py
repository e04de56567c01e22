"""The reference and search indexes brought up to date once, after the whole load.

Creating a published, translated page saves it three or four times, and Wagtail
updates its reference index on every save. During the load that index waits
(Wagtail's own switch) while this module notes what was saved; afterwards each
saved object's references are recorded once, fresh from the database.

Saves update the search indexes as they always do, through the task queue.
Afterwards every saved object is also indexed in batches, in this process and
transaction (`search.indexing.index_objects`), so the indexes hold the demo even
where the queue leaves its updates to a worker that is not running.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.signal_handlers import disable_reference_index_auto_update

from search.indexing import index_objects


@contextmanager
def index_once_afterwards():
    saved: dict[type, dict[object, None]] = defaultdict(dict)

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender][instance.pk] = None

    post_save.connect(note, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(note)
    searchable = {
        model
        for model in index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    }
    for model, pks in saved.items():
        if ReferenceIndex.is_indexed(model):
            for obj in model._default_manager.filter(pk__in=list(pks)):
                ReferenceIndex.create_or_update_for_object(obj)
        if model in searchable:
            index_objects(model, pks)
