"""The guide's filters as a page shows them: the "Filters (n)" disclosure and the
"near a municipality" field, which work without JavaScript."""

import re

import pytest

from tests.directory.support import GUIDE_PATHS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("guide_sample")]


def summary(html: str) -> str:
    found = re.search(
        r'<details class="filters-disclosure" id="guide-filters">\s*'
        r'<summary[^>]*><h2 id="filters-heading">(.*?)</h2></summary>',
        html,
    )
    assert found, "the filters are not behind a closed disclosure"
    return found.group(1)


@pytest.mark.parametrize(
    ("language", "params", "text"),
    [
        ("nl", {}, "Filters (0)"),
        ("nl", {"q": "wind"}, "Filters (0)"),  # the search box is no filter
        ("nl", {"q": "wind", "sector": "energie", "cooperative": "1"}, "Filters (2)"),
        ("fr", {"municipality": "Anvers", "km": "25"}, "Filtres (1)"),
    ],
)
def test_the_disclosure_counts_the_filters_in_force(client, language, params, text):
    html = client.get(GUIDE_PATHS[language], params).content.decode()
    assert summary(html) == text


def test_near_a_municipality_filters_sorts_and_is_kept(client):
    response = client.get(GUIDE_PATHS["nl"], {"municipality": "Anvers", "km": "25"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Broodbakkers" in html and "Zonnewind" not in html
    assert re.search(
        r'id="facet-municipality" name="municipality"[^>]*value="Anvers"', html
    )
    assert 'name="near"' not in html  # the municipality is what is measured from
    assert "Gesorteerd op afstand van Anvers." in html
    chip = re.search(r'<a class="chip" href="\?([^"]*)">Binnen 25 km van Anvers', html)
    assert chip and chip.group(1) == ""


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nl", "Onbekende gemeente: Atlantis"),
        ("fr", "Commune inconnue : Atlantis"),
    ],
)
def test_an_unknown_municipality_is_a_400_in_the_visitors_language(
    client, language, message
):
    response = client.get(GUIDE_PATHS[language], {"municipality": "Atlantis"})
    assert response.status_code == 400
    notice = re.search(
        r'<p class="notice__message">(.*?)</p>', response.content.decode(), re.S
    )
    assert notice and notice.group(1).startswith(message)


def test_near_me_is_hidden_until_a_script_shows_it(client):
    html = client.get(GUIDE_PATHS["nl"]).content.decode()
    assert re.search(
        r'<button type="button"[^>]*id="guide-near-me"[^>]*\shidden\b', html
    )
