"""What the search layer remembers so the engine can always catch up with the database."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

# A rebuild that has not finished after this long has died; stop queueing for it.
REBUILD_TIMEOUT = timedelta(hours=6)


class PendingIndexUpdate(models.Model):
    """An object whose engine entry may be stale.

    Queued when the engine was unreachable as it was saved or deleted, or when it was
    saved while a rebuild filled a new index. `catch_up_search_index` drains the queue.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    queued_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="unique_pending_index_update"
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}"


class IndexRebuild(models.Model):
    """A rebuild of the engine's indexes; while one runs, saves are queued as well."""

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    object_count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"rebuild of {self.started_at:%Y-%m-%d %H:%M}"

    @classmethod
    def running(cls) -> bool:
        since = timezone.now() - REBUILD_TIMEOUT
        return cls.objects.filter(
            finished_at__isnull=True, started_at__gte=since
        ).exists()
