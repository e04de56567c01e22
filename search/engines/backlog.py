"""Remember what the engine missed, so `search.upkeep.catch_up` can replay it."""

from search import upkeep
from search.models import IndexRebuild


class BacklogMixin:
    """Queue objects whose indexing failed, or that were saved during a rebuild.

    modelsearch logs and swallows engine errors so editors can keep publishing; this
    is the record of what those errors left out of the index.
    """

    def add(self, obj):
        if IndexRebuild.running():
            upkeep.queue(obj)
        try:
            super().add(obj)
        except Exception:
            upkeep.queue(obj)
            raise

    def add_bulk(self, model, obj_list):
        try:
            super().add_bulk(model, obj_list)
        except Exception:
            self.missed(obj_list)
            raise

    def missed(self, obj_list):
        """Remember objects the engine did not take."""
        for obj in obj_list:
            upkeep.queue(obj)

    def delete(self, obj):
        try:
            super().delete(obj)
        except Exception:
            upkeep.queue(obj)
            raise
