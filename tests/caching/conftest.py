"""The guide's fixtures, for the purges that enterprises cause."""

from tests.directory.conftest import enterprise_factory  # noqa: F401
