"""A visitor proposes an enterprise the guide already has; a moderator finds it in
the queue, merges it into the original, and the guide shows one enterprise."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from directory.models import Enterprise
from tests.e2e.conftest import open_actions

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

ORIGINAL = "Windkring Kempenland"
PHONE = "014 55 66 77"


def propose_again(page):
    page.goto("/nl/memo-gids/aanmelden/")
    page.locator("#id_name").fill(ORIGINAL)
    page.locator("#id_postcode").fill("2440")
    page.locator("#id_municipality").fill("Geel")
    page.locator("#id_phone").fill(PHONE)
    page.locator("#id_description").fill("Twee windturbines van en voor de buurt.")
    page.locator("#id_contact_name").fill("Jef")
    page.locator("#id_contact_email").fill("jef@example.org")
    page.get_by_role("button", name="Voorstel versturen").click()
    expect(page.locator(".notice--success")).to_contain_text(ORIGINAL)


def guide_names(page, path):
    page.goto(path)
    return page.locator(".guide-list .guide-item__name")


def test_a_duplicate_proposal_is_merged_into_its_original(log_in, page):
    propose_again(page)
    assert Enterprise.objects.filter(name=ORIGINAL, live=False).count() == 1

    moderator = log_in("moderators")
    listing = reverse(Enterprise.snippet_viewset.get_url_name("list"))
    moderator.goto(f"{listing}?proposals=duplicates")
    rows = moderator.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    rows.first.get_by_role("link", name=ORIGINAL).first.click()
    moderator.get_by_role("link", name="Samenvoegen met het origineel").click()
    moderator.locator("#take-phone").check()
    moderator.get_by_role(
        "button", name="Samenvoegen en het voorstel verwijderen"
    ).click()
    expect(moderator.locator(".messages .success")).to_be_visible()
    open_actions(moderator)
    moderator.locator("button[name='action-publish']").click()
    expect(moderator.locator(".messages .success")).to_be_visible()

    assert Enterprise.objects.filter(name=ORIGINAL).count() == 2  # nl and fr
    for path in ("/nl/memo-gids/?q=Windkring", "/fr/guide-memo/?q=Windkring"):
        expect(guide_names(page, path)).to_have_text([ORIGINAL])
        page.get_by_role("link", name=ORIGINAL).click()
        expect(page.locator(f"a[href='tel:{PHONE.replace(' ', '')}']")).to_be_visible()
    moderator.goto(f"{listing}?proposals=duplicates")
    expect(moderator.locator("table.listing tbody tr")).to_have_count(0)
