"""The guide page's own addresses below it and the views its routes call.

Kept apart from the page model and from the views: the model asks this module
for the view of each route, the app fills it in when it starts, and so neither
the model imports the views nor the views the model.
"""

# The address of the proposal form below the guide, in each language
# (docs/contract.md#proposals).
PROPOSAL_SLUGS = {"nl": "aanmelden", "fr": "inscription"}


def proposal_slug(language_code: str) -> str:
    """The proposal form's slug in this language (Dutch for any other)."""
    return PROPOSAL_SLUGS.get(language_code, PROPOSAL_SLUGS["nl"])


# The page where visitors follow a search of the guide, or the agenda, by e-mail
# (docs/contract.md#following); its view comes from the `following` app.
FOLLOW_SLUGS = {"nl": "volgen", "fr": "suivre"}


def follow_slug(language_code: str) -> str:
    """The follow page's slug in this language (Dutch for any other)."""
    return FOLLOW_SLUGS.get(language_code, FOLLOW_SLUGS["nl"])


# The page that builds the snippet embedding the guide on another site
# (docs/contract.md#embedding).
EMBED_SLUGS = {"nl": "insluiten", "fr": "integrer"}


def embed_slug(language_code: str) -> str:
    """The embed builder's slug in this language (Dutch for any other)."""
    return EMBED_SLUGS.get(language_code, EMBED_SLUGS["nl"])


# The owners' page below each enterprise (docs/contract.md#owners), and the
# words of the freshness letter's two one-click actions below a link.
OWNER_SLUGS = {"nl": "bijwerken", "fr": "mettre-a-jour"}
OWNER_ACTIONS = {
    "nl": {"confirm": "klopt", "closed": "gesloten"},
    "fr": {"confirm": "correct", "closed": "fermee"},
}


def owner_slug(language_code: str) -> str:
    """The owners' page's slug in this language (Dutch for any other)."""
    return OWNER_SLUGS.get(language_code, OWNER_SLUGS["nl"])


def owner_actions(language_code: str) -> dict[str, str]:
    """Action → its word in this language's addresses (Dutch for any other)."""
    return OWNER_ACTIONS.get(language_code, OWNER_ACTIONS["nl"])


# The views behind the guide page's routes, by route name; filled by
# `DirectoryConfig.ready()` so that the page model never imports the views.
_views = {}


def serve(name: str, view) -> None:
    """Let the guide page's route `name` answer with `view(request, page, ...)`."""
    _views[name] = view


def view(name: str):
    return _views[name]
