"""A yes/no setting in the environment: the switch words, and a clear refusal of
anything else (the Dutch and French words are for spreadsheet cells only)."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1", True), (" True ", True), ("yes", True), ("on", True), ("0", False)]
    + [("FALSE", False), ("no", False), ("off", False), ("", False)],
)
def test_a_switch_reads_its_words(monkeypatch, raw, value):
    monkeypatch.setenv("SOME_SWITCH", raw)
    assert env_bool("SOME_SWITCH", not value) is value


def test_an_unset_switch_keeps_its_default(monkeypatch):
    monkeypatch.delenv("SOME_SWITCH", raising=False)
    assert env_bool("SOME_SWITCH", True) is True


@pytest.mark.parametrize("raw", ["ja", "oui", "nee", "2", "maybe"])
def test_any_other_word_stops_the_start_naming_the_variable(monkeypatch, raw):
    monkeypatch.setenv("SOME_SWITCH", raw)
    with pytest.raises(ImproperlyConfigured, match="SOME_SWITCH must be a boolean"):
        env_bool("SOME_SWITCH", False)
