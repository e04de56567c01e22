"""The MeMO guide page: the public front of the directory."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from directory.routes import (
    EMBED_SLUGS,
    FOLLOW_SLUGS,
    PROPOSAL_SLUGS,
    embed_slug,
    follow_slug,
    proposal_slug,
    view,
)


class GuidePage(RoutablePageMixin, Page):
    """The MeMO guide (`/nl/memo-gids/`, `/fr/guide-memo/`).

    It lists, filters and maps published enterprises of its language, serves each
    enterprise at `<guide>/<slug>/`, the public proposal form at
    `<guide>/aanmelden/` or `<guide>/inscription/` and the builder of the snippet
    that embeds it elsewhere at `<guide>/insluiten/` or `<guide>/integrer/`. The
    enterprises themselves are snippets, edited under "MeMO-gids" in the admin.
    """

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    proposal_intro = RichTextField(
        _("introduction of the proposal form"),
        blank=True,
        features=["bold", "italic", "link"],
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("proposal_intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("MeMO guide page")

    @path("")
    def guide_index(self, request):
        return view("guide_index")(request, self)

    @path(f"{PROPOSAL_SLUGS['nl']}/", name="propose_nl")
    @path(f"{PROPOSAL_SLUGS['fr']}/", name="propose_fr")
    def propose(self, request):
        if request.path.rstrip("/").rsplit("/", 1)[-1] != self.proposal_slug:
            raise Http404
        return view("propose")(request, self)

    @path(f"{FOLLOW_SLUGS['nl']}/", name="follow_nl")
    @path(f"{FOLLOW_SLUGS['fr']}/", name="follow_fr")
    def follow(self, request):
        if request.path.rstrip("/").rsplit("/", 1)[-1] != self.follow_slug:
            raise Http404
        return view("follow")(request, self)

    @path(f"{EMBED_SLUGS['nl']}/", name="embed_nl")
    @path(f"{EMBED_SLUGS['fr']}/", name="embed_fr")
    def embed(self, request):
        if request.path.rstrip("/").rsplit("/", 1)[-1] != self.embed_slug:
            raise Http404
        return view("embed_builder")(request, self)

    @path("<slug:slug>/", name="enterprise")
    def enterprise(self, request, slug):
        return view("enterprise")(request, self, slug)

    @property
    def proposal_slug(self) -> str:
        return proposal_slug(self.locale.language_code)

    def proposal_url(self, request=None) -> str:
        """The proposal form's address (`request` spares a lookup of the sites)."""
        return self.get_url(request) + self.proposal_slug + "/"

    @property
    def follow_slug(self) -> str:
        return follow_slug(self.locale.language_code)

    @property
    def embed_slug(self) -> str:
        return embed_slug(self.locale.language_code)
