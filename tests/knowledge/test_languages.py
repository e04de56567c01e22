"""Every knowledge page type in both languages: `<html lang>`, switcher, hreflang."""

import pytest

from tests.knowledge.html import language_links

KINDS = [
    "news_index",
    "news_article",
    "event_index",
    "event",
    "knowledge_index",
    "knowledge_article",
]


@pytest.mark.parametrize("kind", KINDS)
def test_renders_in_both_languages_with_html_lang(client, bilingual_pages, kind):
    for page, code in zip(bilingual_pages[kind], ("nl", "fr"), strict=True):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.url.startswith(f"/{code}/")
        assert language_links(response).html_lang == code
        assert page.title in response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_switcher_and_hreflang_lead_to_the_translation(client, bilingual_pages, kind):
    nl, fr = bilingual_pages[kind]
    links = language_links(client.get(nl.url))
    assert links.switcher == {"fr": fr.url}
    assert links.hreflang == {
        "nl": f"http://testserver{nl.url}",
        "fr": f"http://testserver{fr.url}",
        "x-default": "http://testserver/",
    }
    assert language_links(client.get(fr.url)).switcher == {"nl": nl.url}


@pytest.mark.parametrize("kind", KINDS)
def test_without_live_translation_switcher_goes_home_and_hreflang_omits_it(
    client, bilingual_pages, kind
):
    nl, fr = bilingual_pages[kind]
    fr.unpublish()
    links = language_links(client.get(nl.url))
    assert links.switcher == {"fr": "/fr/"}
    assert set(links.hreflang) == {"nl", "x-default"}
