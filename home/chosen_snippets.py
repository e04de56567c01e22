"""People and partners go live with the first page that shows them.

Translating a page with wagtail-localize also translates the people and partners
chosen in its body; as snippets with drafts, their French versions start as
drafts. Publishing the page publishes those that were never published, so the
French page shows its board as the Dutch one does. Snippets that were published
before keep their own drafts: a moderator publishes those changes.
"""

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, ModelLogEntry
from wagtail.signals import page_published


def _chosen(value):
    """Model instances chosen anywhere inside a block value."""
    if isinstance(value, StreamValue):
        for child in value:
            yield from _chosen(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _chosen(child)
    elif isinstance(value, (list, tuple, ListValue)):
        for child in value:
            yield from _chosen(child)
    elif isinstance(value, DraftStateMixin):
        yield value


def _ever_published(snippet) -> bool:
    """Rows made live by default (before drafts, or by a fixture) carry no
    publication date, so an unpublished one is known by its log."""
    return snippet.first_published_at is not None or (
        ModelLogEntry.objects.for_instance(snippet)
        .filter(action="wagtail.unpublish")
        .exists()
    )


def never_published_snippets(page):
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for snippet in _chosen(getattr(page, field.name)):
                if not snippet.live and not _ever_published(snippet):
                    yield snippet


def publish_chosen_snippets(sender, instance, revision=None, **kwargs):
    user = revision.user if revision else None
    for snippet in never_published_snippets(instance.specific):
        (snippet.latest_revision or snippet.save_revision(user=user)).publish(user=user)


def connect():
    page_published.connect(publish_chosen_snippets)
