"""Sharing: title, description, canonical, Open Graph and Twitter card, icons."""

import json
import re
from html import unescape

import pytest

from knowledge.models import EventIndexPage, KnowledgeIndexPage, NewsIndexPage
from tests.directory.factories import EnterpriseFactory, make_guides
from tests.knowledge.builders import (
    add_article,
    add_event,
    add_news,
    add_page,
    in_days,
    make_image,
)

SHARED = (
    "og:title",
    "og:description",
    "og:image",
    "og:url",
    "twitter:card",
    "twitter:image",
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def tag(html: str, name: str) -> str:
    attribute = "property" if name.startswith("og:") else "name"
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return unescape(match.group(1)) if match else ""


def canonical(html: str) -> str:
    match = re.search(r'<link rel="canonical" href="([^"]*)"', html)
    return match.group(1) if match else ""


def title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1))


@pytest.fixture
def every_page(pages_nl, home_nl, home_fr):
    news = add_page(home_nl, NewsIndexPage(title="Nieuws", slug="nieuws"))
    events = add_page(home_nl, EventIndexPage(title="Activiteiten", slug="agenda"))
    knowledge = add_page(home_nl, KnowledgeIndexPage(title="Kennis", slug="kennis"))
    guides = make_guides(home_nl, home_fr)
    EnterpriseFactory(name="Zonnewind", description="Wij wekken groene stroom op.")
    return [
        *(page.url for page in pages_nl.values()),
        news.url,
        add_news(news, "Nieuwe leden").url,
        events.url,
        add_event(events, "Ledendag", start=in_days(10)).url,
        knowledge.url,
        add_article(knowledge, "Een coöperatie oprichten").url,
        guides["nl"].url,
        "/nl/memo-gids/zonnewind/",
    ]


def test_every_page_type_can_be_shared(client, every_page):
    for path in every_page:
        html = client.get(path).content.decode()
        assert tag(html, "description"), path
        for name in SHARED:
            assert tag(html, name), (path, name)
        assert tag(html, "og:image").startswith("http://testserver/"), path
        assert tag(html, "og:url") == f"http://testserver{path}", path
        assert canonical(html) == f"http://testserver{path}", path
        assert tag(html, "twitter:card") == "summary_large_image"


def test_default_image_is_served(client, every_page):
    html = client.get(every_page[0]).content.decode()
    image = tag(html, "og:image")
    assert image == "http://testserver/static/img/share.png"
    assert client.get(image.removeprefix("http://testserver")).status_code == 200


def test_search_description_comes_first(client, pages_nl):
    page = pages_nl["content"]
    page.search_description = "Wie we zijn en wat we doen."
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert tag(html, "description") == "Wie we zijn en wat we doen."
    assert tag(html, "og:description") == "Wie we zijn en wat we doen."


def test_description_falls_back_to_intro_then_first_paragraph(client, pages_nl):
    html = client.get(pages_nl["content"].url).content.decode()
    assert tag(html, "description") == "Coopkracht verbindt coöperaties."

    page = pages_nl["content"]
    page.intro = ""
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert tag(html, "description") == "Sinds 2008."


def test_page_without_text_gets_the_site_description(client, pages_nl):
    html = client.get(pages_nl["service_index"].url).content.decode()
    assert "coöperatief ondernemen" in tag(html, "description")


def test_page_image_is_shared(client, home_nl):
    news = add_page(home_nl, NewsIndexPage(title="Nieuws", slug="nieuws"))
    article = add_news(news, "Algemene vergadering", image=make_image())
    html = client.get(article.url).content.decode()
    image = tag(html, "og:image")
    assert image.startswith("http://testserver/media/images/")
    # Cropped to the 1.91:1 of share previews (800 × 450 gives 800 × 419).
    assert tag(html, "og:image:width") == "800"
    assert tag(html, "og:image:height") in {"419", "420"}
    assert tag(html, "twitter:image") == image


def test_enterprise_logo_is_shared(client, home_nl, home_fr):
    make_guides(home_nl, home_fr)
    EnterpriseFactory(name="Zonnewind", logo=make_image("Logo Zonnewind"))
    html = client.get("/nl/memo-gids/zonnewind/").content.decode()
    assert tag(html, "og:image").startswith("http://testserver/media/images/")
    assert tag(html, "og:title") == "Zonnewind"


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_home_title_names_the_site_once(client, home_fr, language):
    html = client.get(f"/{language}/").content.decode()
    assert title(html) == "Coopkracht"


def test_other_titles_end_with_the_site_name(client, pages_nl):
    html = client.get(pages_nl["content"].url).content.decode()
    assert title(html) == "Over ons | Coopkracht"
    assert tag(html, "og:title") == "Over ons"


def test_favicon_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert b"".join(response)[:4] == b"\x00\x00\x01\x00"


def test_web_manifest_lists_icons_that_exist(client, home_nl):
    html = client.get("/nl/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert '<link rel="icon" href="/favicon.ico"' in html
    response = client.get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Coopkracht"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200
    touch = re.search(r'<link rel="apple-touch-icon" href="([^"]+)"', html).group(1)
    assert client.get(touch).status_code == 200


def test_site_description_is_in_the_visitors_language(client, home_fr):
    html = client.get("/fr/").content.decode()
    assert "réseau" in tag(html, "description")
