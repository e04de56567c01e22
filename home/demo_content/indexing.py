"""Search and reference indexes updated once per object, after the whole load.

Wagtail updates both indexes on every save (modelsearch's and wagtail's
post_save handlers), and creating a published, translated page saves it three
or four times. During the load this module holds those updates back, notes
what was saved, and afterwards indexes each saved object once, fresh from the
database. Nothing else about saving changes.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def index_once_afterwards():
    indexed_models = [
        model
        for model in index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    saved: dict[tuple[type, object], None] = {}

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(sender, instance.pk)] = None

    for model in indexed_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(note, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(note)
        for model in indexed_models:
            post_save.connect(post_save_signal_handler, sender=model)
    for model, pk in saved:
        searchable = model in indexed_models
        referencing = ReferenceIndex.is_indexed(model)
        if not (searchable or referencing):
            continue
        obj = model._default_manager.filter(pk=pk).first()
        if obj is None:
            continue
        if searchable:
            index.insert_or_update_object(obj)
        if referencing:
            ReferenceIndex.create_or_update_for_object(obj)
