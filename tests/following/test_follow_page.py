"""The follow page below the guide: both languages, the search in words, bad input.

See docs/contract.md#following.
"""

import pytest

from tests.directory.support import GUIDE_PATHS
from tests.following.support import FOLLOW_PATHS
from tests.translations import in_language


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_follow_page_answers_in_each_language(client, guides, language):
    response = client.get(FOLLOW_PATHS[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert in_language(language, "Follow the MeMO guide") in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="email"' in html
    assert 'value="agenda"' in html
    # The robot trap is there, out of sight.
    assert '<div class="trap" aria-hidden="true">' in html
    assert in_language(language, "All enterprises of the guide") in html


@pytest.mark.parametrize("path", ["/nl/memo-gids/suivre/", "/fr/guide-memo/volgen/"])
def test_the_other_languages_word_is_not_found(client, guides, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_guide_links_to_following_its_current_search(client, guides, language):
    html = client.get(
        GUIDE_PATHS[language] + "?sector=energie&cooperative=1&page=1"
    ).content.decode()
    assert in_language(language, "Follow this search") in html
    assert f'href="{FOLLOW_PATHS[language]}?sector=energie&amp;cooperative=1"' in html


def test_the_filters_are_carried_and_said_in_words(client, guides):
    response = client.get(
        FOLLOW_PATHS["fr"]
        + "?q=pain&sector=energie&province=antwerpen&label=bio&nrc=1"
        + "&near=51.05,3.72&km=10&page=3"
    )
    html = response.content.decode()
    assert response.status_code == 200
    for words in (
        in_language("fr", "“%(q)s”", q="pain"),
        "Énergie",
        "Anvers",
        in_language("fr", "Within %(km)s km of your location", km="10"),
        in_language("fr", "NRC accredited"),
    ):
        assert words in html, words
    # The search rides along in the form, from its first page.
    assert (
        'name="search" value="q=pain&amp;sector=energie&amp;province=antwerpen'
        '&amp;label=bio&amp;nrc=1&amp;near=51.05%2C3.72&amp;km=10"'
    ) in html


@pytest.mark.parametrize(
    ("query", "language", "message", "values"),
    [
        (
            "sector=geen-sector",
            "nl",
            "Unknown sector: %(slug)s",
            {"slug": "geen-sector"},
        ),
        ("province=atlantis", "fr", "Unknown province: %(slug)s", {"slug": "atlantis"}),
        (
            "near=91,3&km=5",
            "nl",
            "Invalid near: %(value)s (use latitude,longitude, e.g. 51.05,3.72)",
            {"value": "91,3"},
        ),
        (
            "near=51,3&km=-1",
            "fr",
            "Invalid km: %(value)s (use a distance above 0 and up to %(max)s km)",
            {"value": "-1", "max": "1000"},
        ),
    ],
)
def test_invalid_parameters_are_explained_not_an_error(
    client, guides, query, language, message, values
):
    response = client.get(f"{FOLLOW_PATHS[language]}?{query}")
    html = response.content.decode()
    assert response.status_code == 400
    assert in_language(language, message, **values) in html
    # The agenda can still be followed.
    assert 'value="agenda" id="id_kind_agenda" checked' in html
