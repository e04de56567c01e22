"""The admin made for Coopkracht, seen by a member of Redacteurs: its name, the
dashboard panel, the editors' guide behind Help, no Gravatar."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from directory.models import Enterprise
from editorial.groups import EDITORS
from knowledge.models import EventIndexPage, NewsIndexPage
from tests.directory.factories import EnterpriseFactory, visitor_proposal
from tests.home.conftest import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="redacteur", email="redacteur@example.org"
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def panel(client):
    return html(client.get(reverse("wagtailadmin_home"))).select_one(
        "#coopkracht-section"
    )


def texts(tag, selector):
    return [" ".join(item.get_text().split()) for item in tag.select(selector)]


def proposal(**fields):
    return EnterpriseFactory(live=False, first_published_at=None, **fields)


def test_the_admin_carries_the_sites_name(client, editor):
    assert html(editor.get(reverse("wagtailadmin_home"))).title.string.endswith(
        "- Coopkracht"
    )
    client.logout()
    login = html(client.get(reverse("wagtailadmin_login")))
    assert login.h1.get_text(strip=True) == "Aanmelden bij Coopkracht"
    assert login.title.string.endswith("- Coopkracht")


def test_the_panel_counts_visitor_proposals_and_leads_to_their_queues(
    editor, locale_nl, locale_fr
):
    original = EnterpriseFactory(name="Ecopower")
    visitor_proposal(locale_nl, "Ecopower bis", possible_duplicate_of=original)
    visitor_proposal(locale_fr, "Nouvelle coopérative")
    proposal(name="Concept van een redacteur")  # never published, nobody proposed it

    links = panel(editor).select(".coopkracht-guide a")
    assert texts(panel(editor), ".coopkracht-guide li") == [
        "Wachtende voorstellen: 2",
        "Mogelijke duplicaten: 1",
    ]
    listed = [
        {row.name for row in editor.get(link["href"]).context["object_list"]}
        for link in links
    ]
    assert listed == [{"Ecopower bis", "Nouvelle coopérative"}, {"Ecopower bis"}]


def test_the_panel_counts_enterprises_per_language(editor, locale_fr):
    EnterpriseFactory(name="Ecopower")
    proposal(name="Nieuwe coöperatie")

    rows = [
        texts(row, "th, td")
        for row in panel(editor).select(".coopkracht-languages tbody tr")
    ]
    counts = {
        code: [
            str(
                Enterprise.objects.filter(locale__language_code=code, live=True).count()
            ),
            str(Enterprise.objects.filter(locale__language_code=code).count()),
        ]
        for code in ("nl", "fr")
    }
    assert counts["nl"] == ["1", "2"]
    assert rows == [["Nederlands", *counts["nl"]], ["Frans", *counts["fr"]]]


def test_the_panel_shows_work_waiting_for_review(editor, locale_fr):
    assert texts(panel(editor), ".coopkracht-reviews li") == []
    enterprise = EnterpriseFactory()
    enterprise.save_revision()
    enterprise.get_workflow().start(enterprise, enterprise.latest_revision.user)

    assert texts(panel(editor), ".coopkracht-reviews li") == ["Ondernemingen: 1"]


def test_the_panel_leads_to_news_agenda_and_the_guide(editor, home_nl):
    news = add_page(home_nl, NewsIndexPage(title="Nieuws", slug="nieuws"))
    agenda = add_page(home_nl, EventIndexPage(title="Activiteiten", slug="agenda"))

    links = [
        (a.get_text(strip=True), a["href"])
        for a in panel(editor).select(".coopkracht-shortcuts a")
    ]
    assert links == [
        ("Nieuws", reverse("wagtailadmin_explore", args=[news.pk])),
        ("Agenda", reverse("wagtailadmin_explore", args=[agenda.pk])),
        ("MeMO-gids", reverse("wagtailsnippets_directory_enterprise:list")),
    ]


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
    return len(queries)


def test_the_panel_costs_the_same_queries_for_more_enterprises(editor, locale_fr):
    EnterpriseFactory()
    proposal()
    dashboard_queries(editor)  # warm caches of content types and settings
    few = dashboard_queries(editor)
    for _number in range(5):
        EnterpriseFactory()
        proposal()
    assert dashboard_queries(editor) == few


def sidebar_menu(client):
    props = html(client.get(reverse("wagtailadmin_home"))).select_one(
        "#wagtail-sidebar-props"
    )
    return json.dumps(json.loads(props.string))


# The admin's words for finishing a translation, the proposal queue, the merge
# and a refused stale save: the guide names them as the editor sees them.
GUIDE_NAMES = (
    "Submit for moderation",
    "Awaiting moderation",
    "Proposals waiting",
    "Possible duplicates",
    "Merge into the original",
    "Merge and remove the proposal",
    "Compare versions",
)


def test_help_leads_to_the_editors_guide_in_both_languages(editor):
    menu = sidebar_menu(editor)
    assert reverse("editorial_guide") in menu
    assert "guide.wagtail.org" not in menu

    dutch = html(editor.get(reverse("editorial_guide"))).select_one("article")
    assert dutch["lang"] == "nl"
    assert "Goedkeuring door moderatoren" in dutch.get_text()
    french_url = reverse("editorial_guide_language", args=["fr"])
    french = html(editor.get(french_url)).select_one("article")
    assert french["lang"] == "fr"
    assert "Guide des rédacteurs" in french.get_text()

    for guide, language, sections in (
        (
            dutch,
            "nl",
            [
                "Een vertaling ter moderatie indienen",
                "Voorstellen en dubbels",
                "Als iemand anders intussen opsloeg",
            ],
        ),
        (
            french,
            "fr",
            [
                "Soumettre une traduction à la modération",
                "Propositions et doublons",
                "Si quelqu'un a enregistré entre-temps",
            ],
        ),
    ):
        assert set(sections) <= set(texts(guide, "h3"))
        with translation.override(language):
            names = [translation.gettext(name) for name in GUIDE_NAMES]
        assert [name for name in names if name not in texts(guide, "em")] == []


def test_an_unknown_guide_language_is_not_found(editor):
    url = reverse("editorial_guide_language", args=["xx"])
    assert editor.get(url).status_code == 404


def test_no_avatar_comes_from_gravatar(editor):
    assert "gravatar" not in editor.get(reverse("wagtailadmin_home")).content.decode()
