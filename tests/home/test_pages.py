"""Every page type of the home app in both languages: language, switcher, hreflang."""

import pytest

from tests.conftest import publish_translation
from tests.home.conftest import hreflangs, soup, switcher_href

PAGE_TYPES = ["home", "content", "service_index", "service", "form"]
OTHER = {"nl": "fr", "fr": "nl"}


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("key", PAGE_TYPES)
def test_page_renders_in_its_language(client, pages_nl, pages_fr, key, language):
    page = {"nl": pages_nl, "fr": pages_fr}[language][key]

    response = client.get(page.url)

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    assert soup(response).h1.get_text(strip=True) == page.title


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("key", PAGE_TYPES)
def test_switcher_leads_to_the_translation(client, pages_nl, pages_fr, key, language):
    pages = {"nl": pages_nl, "fr": pages_fr}
    page, translation = pages[language][key], pages[OTHER[language]][key]

    response = client.get(page.url)

    assert switcher_href(response, OTHER[language]) == translation.url
    assert hreflangs(response) == {
        "nl": f"http://testserver{pages_nl[key].url}",
        "fr": f"http://testserver{pages_fr[key].url}",
        "x-default": "http://testserver/",
    }


@pytest.mark.parametrize("key", [key for key in PAGE_TYPES if key != "home"])
def test_switcher_leads_home_without_translation(client, pages_nl, home_fr, key):
    response = client.get(pages_nl[key].url)

    assert switcher_href(response, "fr") == "/fr/"
    assert "fr" not in hreflangs(response)


@pytest.mark.parametrize("key", [key for key in PAGE_TYPES if key != "home"])
def test_unpublished_translation_is_not_listed(client, pages_nl, home_fr, key):
    if key == "service":
        publish_translation(pages_nl["service_index"], home_fr.locale)
    draft = pages_nl[key].copy_for_translation(home_fr.locale)
    assert not draft.live

    response = client.get(pages_nl[key].url)
    assert "fr" not in hreflangs(response)
    assert switcher_href(response, "fr") == "/fr/"

    draft.save_revision().publish()
    draft.refresh_from_db()
    response = client.get(pages_nl[key].url)
    assert hreflangs(response)["fr"] == f"http://testserver{draft.url}"
    assert switcher_href(response, "fr") == draft.url
