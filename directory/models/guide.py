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
    OWNER_SLUGS,
    PROPOSAL_SLUGS,
    embed_slug,
    follow_slug,
    owner_actions,
    owner_slug,
    proposal_slug,
    view,
)


class GuidePage(RoutablePageMixin, Page):
    """The MeMO guide (`/nl/memo-gids/`, `/fr/guide-memo/`).

    It lists, filters and maps published enterprises of its language, serves each
    enterprise at `<guide>/<slug>/`, the public proposal form at
    `<guide>/aanmelden/` or `<guide>/inscription/`, the builder of the snippet
    that embeds it elsewhere at `<guide>/insluiten/` or `<guide>/integrer/` and the
    owners' page of each enterprise at `<guide>/<slug>/bijwerken/` or
    `<guide>/<slug>/mettre-a-jour/` (with its one-time links below it). The
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

    @path(f"<slug:slug>/{OWNER_SLUGS['nl']}/", name="owner_nl")
    @path(f"<slug:slug>/{OWNER_SLUGS['fr']}/", name="owner_fr")
    def owner_request(self, request, slug):
        self._require_owner_word(request, slug)
        return view("owner_request")(request, self, slug)

    @path(f"<slug:slug>/{OWNER_SLUGS['nl']}/<str:token>/", name="owner_link_nl")
    @path(f"<slug:slug>/{OWNER_SLUGS['fr']}/<str:token>/", name="owner_link_fr")
    def owner_update(self, request, slug, token):
        self._require_owner_word(request, slug)
        return view("owner_update")(request, self, slug, token)

    @path(
        f"<slug:slug>/{OWNER_SLUGS['nl']}/<str:token>/<slug:word>/",
        name="owner_action_nl",
    )
    @path(
        f"<slug:slug>/{OWNER_SLUGS['fr']}/<str:token>/<slug:word>/",
        name="owner_action_fr",
    )
    def owner_action(self, request, slug, token, word):
        self._require_owner_word(request, slug)
        actions = {word: action for action, word in self.owner_actions.items()}
        if word not in actions:
            raise Http404
        return view("owner_action")(request, self, slug, token, actions[word])

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

    @property
    def owner_slug(self) -> str:
        return owner_slug(self.locale.language_code)

    @property
    def owner_actions(self) -> dict[str, str]:
        return owner_actions(self.locale.language_code)

    def _require_owner_word(self, request, slug) -> None:
        """404 for the owners' page under the other language's word."""
        if f"/{slug}/{self.owner_slug}/" not in request.path:
            raise Http404
