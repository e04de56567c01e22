"""The guide page's own addresses below it, shared by its routes and its views.

Kept apart from the page model so that the views, which the page's routes call,
never import the model module back.
"""

# The address of the proposal form below the guide, in each language
# (docs/contract.md#proposals).
PROPOSAL_SLUGS = {"nl": "aanmelden", "fr": "inscription"}


def proposal_slug(language_code: str) -> str:
    """The proposal form's slug in this language (Dutch for any other)."""
    return PROPOSAL_SLUGS.get(language_code, PROPOSAL_SLUGS["nl"])
