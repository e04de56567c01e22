"""Snippets with the searched words marked, and "did you mean" for no results."""

from search.snippets import highlight
from search.suggestions import did_you_mean, vocabulary


def test_a_word_is_marked_however_it_is_accented_inflected_or_begun():
    text = "Coöperaties in Vlaanderen: de cooperatieve beweging groeit."
    assert highlight(text, "coöperatie") == (
        "<mark>Coöperaties</mark> in Vlaanderen: de <mark>cooperatieve</mark>"
        " beweging groeit."
    )
    assert highlight(text, "coop").count("<mark>") == 2
    assert "<mark>" not in highlight(text, "windmolens")


def test_a_long_text_is_cut_around_the_first_match_and_escaped():
    text = "Inleiding " * 60 + "over <b>windmolens</b> van burgers " + "Slot " * 60
    snippet = highlight(text, "windmolen", letters=80)
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "&lt;b&gt;<mark>windmolens</mark>&lt;/b&gt;" in snippet
    assert len(snippet) < 160


def test_unknown_words_are_replaced_by_the_closest_word_the_site_uses():
    words = vocabulary(["Missie en visie", "Zonne-energie", "Coöperatief ondernemen"])
    assert did_you_mean("misie", words) == "missie"
    assert did_you_mean("cooperatif ondernemen", words) == "coöperatief ondernemen"
    assert did_you_mean("missie", words) is None
    assert did_you_mean("xyzzy", words) is None
