"""Who may publish, and what visitors never see: drafts, unpublished translations,
proposals. Each refusal is paired with the same request by someone allowed, so a
test cannot pass because the request itself was broken."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from directory.models import Enterprise
from editorial.groups import EDITORS, MODERATORS
from home.models import ContentPage
from tests.directory.factories import EnterpriseFactory, french_version, make_guides
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db

SECRET = "Geheimwoordloos"  # the word only unpublished content contains
EVERY_PLACE = {"guide", "guide fr", "site search", "api", "autocomplete", "sitemap"}


@pytest.fixture
def site_nl_fr(home_nl, home_fr):
    return make_guides(home_nl, home_fr)


@pytest.fixture
def staff(django_user_model):
    """`staff(EDITORS)`: a client logged in as a member of that group."""

    def member_of(group_name):
        user = django_user_model.objects.create_user(username=group_name.lower())
        user.groups.add(Group.objects.get(name=group_name))
        client = Client()
        client.force_login(user)
        return client

    return member_of


def enterprise_form(enterprise, **changes):
    data = {
        field: getattr(enterprise, field) or ""
        for field in (
            "name",
            "slug",
            "enterprise_number",
            "legal_form",
            "street",
            "postcode",
            "municipality",
            "latitude",
            "longitude",
            "website",
            "email",
            "phone",
            "description",
            "opening_hours",
        )
    }
    data["cooperative"] = "on"
    return {**data, **changes}


def page_form(page, **changes):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            **changes,
        }
    )


def edit_enterprise(client, enterprise, action, **changes):
    url = reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk])
    return client.post(url, {**enterprise_form(enterprise, **changes), action: "1"})


def edit_page(client, page, action, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, {**page_form(page, **changes), action: "1"})


def live_name(enterprise):
    return Enterprise.objects.get(pk=enterprise.pk).name


def live_title(page):
    return ContentPage.objects.get(pk=page.pk).title


@pytest.fixture
def content_page(home_nl):
    page = home_nl.add_child(
        instance=ContentPage(title="Over ons", slug="over-ons", intro="Wie we zijn.")
    )
    page.save_revision().publish()
    return page


# Publishing


def test_an_editor_cannot_publish_an_enterprise_a_moderator_can(site_nl_fr, staff):
    enterprise = EnterpriseFactory(name="Oude Naam")

    edit_enterprise(staff(EDITORS), enterprise, "action-publish", name="Editor")
    assert live_name(enterprise) == "Oude Naam"

    edit_enterprise(staff(MODERATORS), enterprise, "action-publish", name="Mod")
    assert live_name(enterprise) == "Mod"


def test_an_editor_cannot_publish_a_page_a_moderator_can(content_page, staff):
    edit_page(staff(EDITORS), content_page, "action-publish", title="Editor")
    assert live_title(content_page) == "Over ons"

    edit_page(staff(MODERATORS), content_page, "action-publish", title="Mod")
    assert live_title(content_page) == "Mod"


def test_an_editor_cannot_approve_their_own_submission(site_nl_fr, staff):
    enterprise = EnterpriseFactory(name="Oude Naam")
    editor = staff(EDITORS)
    edit_enterprise(editor, enterprise, "action-submit", name="Ingediend")
    state = WorkflowState.objects.get(
        object_id=str(enterprise.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    approve = reverse(
        "wagtailsnippets_directory_enterprise:workflow_action",
        args=[enterprise.pk, "approve", state.current_task_state.pk],
    )

    editor.post(approve)
    assert live_name(enterprise) == "Oude Naam"

    staff(MODERATORS).post(approve)
    assert live_name(enterprise) == "Ingediend"


# What visitors see


def sitemap(client):
    return sitemap_text(client)


def texts(response, selector, attribute=None):
    """The text (or `attribute`) of each element matching `selector`."""
    tags = BeautifulSoup(response.content, "html.parser").select(selector)
    return [tag[attribute] if attribute else tag.get_text() for tag in tags]


def visitor_finds(client, word):
    """What a visitor finds for `word` in each public place: names, titles, URLs."""
    api = client.get(f"/api/v1/enterprises/?q={word}").json()
    suggestions = client.get(f"/api/v1/enterprises/autocomplete/?q={word}").json()
    return {
        "guide": texts(client.get(f"/nl/memo-gids/?q={word}"), ".guide-item__name"),
        "guide fr": texts(client.get(f"/fr/guide-memo/?q={word}"), ".guide-item__name"),
        "site search": texts(
            client.get(f"/nl/zoeken/?q={word}"), ".search-results li > a"
        ),
        "api": [result["name"] for result in api["results"]],
        "autocomplete": [result["name"] for result in suggestions["results"]],
        "sitemap": re.findall(r'(?:<loc>|href=")([^<"]+)', sitemap(client)),
    }


def places_showing(client, word, *also):
    """The places where `word` (or any of `also`) turns up."""
    needles = [needle.lower() for needle in (word, *also)]
    return {
        place
        for place, found in visitor_finds(client, word).items()
        if any(needle in item.lower() for item in found for needle in needles)
    }


def places_finding(client, word):
    """The searches that return anything at all for `word`."""
    searches = visitor_finds(client, word)
    del searches["sitemap"]
    return {place for place, found in searches.items() if found}


def test_a_draft_enterprise_is_nowhere_until_it_is_published(client, site_nl_fr):
    draft = EnterpriseFactory(name=SECRET, live=False)
    slug_url = f"/nl/memo-gids/{draft.slug}/"

    assert client.get(slug_url).status_code == 404
    assert client.get(f"/api/v1/enterprises/{draft.pk}/").status_code == 404
    assert places_showing(client, SECRET, draft.slug) == set()

    for version in (draft, french_version(draft)):
        version.save_revision().publish()
    assert client.get(slug_url).status_code == 200
    assert places_showing(client, SECRET, draft.slug) == EVERY_PLACE


def test_an_unpublished_change_of_a_live_enterprise_stays_hidden(client, site_nl_fr):
    enterprise = EnterpriseFactory(name="Zichtbaar")
    enterprise.description = f"Nieuw: {SECRET}."
    enterprise.save_revision()

    page = client.get(f"/nl/memo-gids/{enterprise.slug}/").content.decode()
    assert SECRET not in page
    assert places_finding(client, SECRET) == set()

    enterprise.get_latest_revision().publish()
    assert places_finding(client, SECRET) == {"guide", "site search", "api"}


def test_a_draft_page_is_nowhere(client, content_page):
    draft = content_page.add_child(
        instance=ContentPage(title=SECRET, slug="geheim", intro=SECRET, live=False)
    )
    draft.save_revision()

    assert client.get("/nl/over-ons/geheim/").status_code == 404
    assert places_showing(client, SECRET, "/geheim/") == set()

    draft.get_latest_revision().publish()
    assert client.get("/nl/over-ons/geheim/").status_code == 200
    assert places_showing(client, SECRET, "/geheim/") == {"site search", "sitemap"}


def test_an_unpublished_translation_is_not_offered(client, content_page, home_fr):
    translation = content_page.copy_for_translation(home_fr.locale)
    translation.title, translation.slug = "À propos", "a-propos"
    translation.save_revision()
    dutch = client.get("/nl/over-ons/")

    assert client.get("/fr/a-propos/").status_code == 404
    assert "/fr/a-propos/" not in dutch.content.decode()  # hreflang, switcher
    switcher = texts(dutch, "nav.language-switcher a[hreflang=fr]", attribute="href")
    assert [urlsplit(href).path for href in switcher] == ["/fr/"]
    assert "/fr/a-propos/" not in sitemap(client)

    translation.get_latest_revision().publish()
    assert client.get("/fr/a-propos/").status_code == 200
    assert "/fr/a-propos/" in client.get("/nl/over-ons/").content.decode()
    assert "/fr/a-propos/" in sitemap(client)


def test_a_proposal_is_nowhere_for_visitors(client, site_nl_fr):
    cache.clear()  # the proposal rate limit
    response = client.post(
        "/nl/memo-gids/aanmelden/",
        {
            "name": SECRET,
            "legal_form": "cv",
            "postcode": "9000",
            "municipality": "Gent",
            "description": "Voorgesteld.",
            "contact_email": "an@example.org",
        },
    )
    assert response.status_code == 302
    proposal = Enterprise.objects.get(name=SECRET)
    assert not proposal.live

    assert client.get(f"/nl/memo-gids/{proposal.slug}/").status_code == 404
    assert client.get(f"/api/v1/enterprises/{proposal.pk}/").status_code == 404
    assert places_showing(client, SECRET, proposal.slug) == set()
