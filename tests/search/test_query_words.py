"""The words of a query: the singular and plural forms the database searches."""

import pytest

from search.query_words import word_forms


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("coöperaties", "coöperatie"),
        ("coöperatie", "coöperaties"),
        ("fietsen", "fiets"),
        ("fiets", "fietsen"),
        ("bedrijven", "bedrijf"),
        ("bedrijf", "bedrijven"),
        ("energieën", "energie"),
        ("huizen", "huis"),
        ("kassen", "kas"),
        ("auto's", "auto"),
        ("journaux", "journal"),
        ("journal", "journaux"),
        ("boulangerie", "boulangeries"),
    ],
)
def test_a_word_is_searched_in_its_other_number(word, form):
    forms = word_forms(word)
    assert forms[0] == word
    assert form in forms


@pytest.mark.parametrize("word", ["zo", "0123456749", "B-Corp"])
def test_short_words_and_non_words_are_left_alone(word):
    assert word_forms(word) == [word]


def test_no_form_is_shorter_than_three_letters():
    assert "bu" not in word_forms("bus")
