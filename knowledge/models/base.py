"""What every knowledge page shares: the story fields, the paginated index, tag filtering."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from knowledge.blocks import BodyBlock
from knowledge.tag_translations import tag_queries

TAG_SLUG_LENGTH = Tag._meta.get_field("slug").max_length


def published(pages: QuerySet) -> QuerySet:
    """What visitors may see: live, public, and real pages rather than aliases."""
    return pages.live().public().filter(alias_of__isnull=True)


def subpage_url(page, route_name: str, request=None) -> str:
    """The address of one of a routable page's extra routes, e.g. its feed."""
    return page.get_url(request) + page.reverse_subpage(route_name)


def cached_paths(page, *route_names: str) -> list[str]:
    """The page and these routes of it, as a front cache keeps them (`get_cached_paths`)."""
    return ["/", *("/" + page.reverse_subpage(name) for name in route_names)]


class StoryPage(Page):
    """Abstract: a page that tells something (news, event, article).

    Fields: `intro` (plain text, also used in lists, feeds and search results),
    `image` (optional, shown on top and in lists), `body` (StreamField of
    heading, paragraph, image, quote, document).
    """

    intro = models.TextField(
        _("introduction"),
        help_text=_(
            "One or two sentences. Shown under the title, in lists, feeds and "
            "search results."
        ),
    )
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on top of the page and in lists. Landscape works best."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    story_panels = [FieldPanel("intro"), FieldPanel("image"), FieldPanel("body")]
    content_panels = Page.content_panels + story_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    subpage_types = []

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The index this page is listed on, for tag links and feeds; deferred, so
        # its specific class (and routes) come without a second query.
        context["index"] = self.get_parent().specific_deferred
        return context


class IndexPage(Page):
    """Abstract: a page that lists its children, a page of `per_page` at a time.

    Field: `intro` (optional plain text under the title). Subclasses say what is
    listed in `listing()`; the template receives it as `items` (a Django `Page`
    of results, with `paginator`).
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Optional text shown above the list."),
    )

    per_page = 12

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True

    def listing(self, request, context) -> QuerySet:
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = self.listing(request, context)
        paginator = Paginator(pages, self.per_page)
        context["items"] = paginator.get_page(request.GET.get("page"))
        return context


class TaggedIndexPage(IndexPage):
    """Abstract: an index whose children carry tags, filtered by `?tag=<slug>`.

    The template receives `tags` (those used by the listed children) and
    `active_tag` (the chosen tag, or None) and `tag_slug` (what was asked for);
    the language switcher the same filter in the other languages (the tags their
    translations carry), or none when the asked-for tag is unknown.
    The asked-for slug is looked up among `tags`, never in the database; one that
    no tag can have (a NUL, or longer than a slug) is ignored.
    """

    class Meta:
        abstract = True

    def listed_pages(self) -> QuerySet:
        """The children to list, unfiltered, in display order."""
        raise NotImplementedError

    def listing(self, request, context) -> QuerySet:
        pages = self.listed_pages()
        tags = list(Tag.objects.filter(pk__in=pages.values("tags")).order_by("name"))
        slug = request.GET.get("tag", "")
        if "\x00" in slug or len(slug) > TAG_SLUG_LENGTH:
            slug = ""
        active_tag = next((tag for tag in tags if tag.slug == slug), None)
        context.update(
            tags=tags,
            tag_slug=slug,
            active_tag=active_tag,
            language_queries=tag_queries(pages, active_tag, self.locale_id),
        )
        if not slug:
            return pages
        return pages.filter(tags=active_tag) if active_tag else pages.none()
