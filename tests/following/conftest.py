"""Fixtures of the follow tests: the guides in both languages."""

import pytest

from tests.directory.factories import make_guides


@pytest.fixture
def guides(home_nl, home_fr):
    """The live guide at /nl/memo-gids/ and /fr/guide-memo/."""
    return make_guides(home_nl, home_fr)
