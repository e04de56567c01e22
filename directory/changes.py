"""What the guide announces when enterprises change without the models' own signals.

Bulk writes (the import) bypass `save()`, so `post_save` never fires for them;
they send `enterprises_written` instead, for whatever keeps copies of the guide
(caches, a front cache) to let go.
"""

from django.dispatch import Signal

# Sent with `ids`: the primary keys of the enterprise rows written.
enterprises_written = Signal()
