"""Every knowledge page type in both languages: `<html lang>`, switcher, hreflang;
the switcher keeps a tag filter."""

import pytest

from tests.conftest import publish_translation
from tests.knowledge.builders import add_article, add_news
from tests.knowledge.conftest import KINDS
from tests.knowledge.html import language_links


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


def translate_with_tags(page, locale, tags, **changes):
    """Publish a French translation of `page` that carries `tags` instead."""
    translation = publish_translation(page, locale, **changes)
    translation.tags.clear()
    translation.tags.add(*tags)
    translation.save_revision().publish()
    return translation


@pytest.mark.parametrize(
    ("add", "index", "index_fr"),
    [
        (add_news, "news_index", "news_index_fr"),
        (add_article, "knowledge_index", "knowledge_index_fr"),
    ],
)
def test_switcher_keeps_the_tag_filter_in_the_other_language(
    client, request, locale_fr, add, index, index_fr
):
    nl_index = request.getfixturevalue(index)
    fr_index = request.getfixturevalue(index_fr)
    members = add(nl_index, "Nieuwe leden", tags=["leden"])
    founding = add(nl_index, "Oprichten", tags=["oprichting"])
    translate_with_tags(members, locale_fr, ["membres"], title="Nouveaux membres")
    translate_with_tags(founding, locale_fr, ["fondation"], title="Fonder")

    links = language_links(client.get(f"{nl_index.url}?tag=leden"))
    assert links.switcher == {"fr": f"{fr_index.url}?tag=membres"}
    # Search engines are sent to the unfiltered lists.
    assert links.hreflang["fr"] == f"http://testserver{fr_index.url}"
    french = client.get(links.switcher["fr"]).content.decode()
    assert "Nouveaux membres" in french
    assert "Fonder" not in french
    back = language_links(client.get(links.switcher["fr"])).switcher
    assert back == {"nl": f"{nl_index.url}?tag=leden"}


def test_switcher_keeps_a_tag_shared_by_both_languages(client, bilingual_pages):
    nl, fr = bilingual_pages["news_index"]
    links = language_links(client.get(f"{nl.url}?tag=leden"))
    assert links.switcher == {"fr": f"{fr.url}?tag=leden"}


@pytest.mark.parametrize("query", ["?tag=onbekend", "?tag=leden"])
def test_switcher_drops_a_tag_without_a_counterpart(
    client, news_index, news_index_fr, locale_fr, query
):
    article = add_news(news_index, "Nieuwe leden", tags=["leden"])
    translate_with_tags(article, locale_fr, [], title="Nouveaux membres")
    links = language_links(client.get(f"{news_index.url}{query}"))
    assert links.switcher == {"fr": news_index_fr.url}


def test_switcher_to_a_home_page_carries_no_tag(client, bilingual_pages):
    nl, fr = bilingual_pages["knowledge_index"]
    fr.unpublish()
    links = language_links(client.get(f"{nl.url}?tag=oprichting"))
    assert links.switcher == {"fr": "/fr/"}
