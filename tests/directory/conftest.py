"""Fixtures of the MeMO guide tests."""

import pytest

from tests.directory.factories import EnterpriseFactory


@pytest.fixture
def enterprise_factory(db, locale_nl, locale_fr):
    """Call it to create a published Dutch enterprise with its French version."""
    return EnterpriseFactory
