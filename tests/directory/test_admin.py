"""The MeMO guide in the Wagtail admin: listing filters, safe exports, the CSV upload."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext, override
from openpyxl import load_workbook

from directory.models import Enterprise
from tests.directory.conftest import csv_text
from tests.directory.factories import french_version

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_directory_enterprise:list"
IMPORT_URL = "directory_import_enterprises"


@pytest.fixture
def admin_client(client, django_user_model, locale_nl, locale_fr):
    user = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def listed(enterprise_factory):
    """Three enterprises that the filters tell apart."""
    return {
        "ecopower": enterprise_factory(
            name="Ecopower",
            postcode="2600",
            sectors=["energie"],
            labels=["bio"],
            nrc_accredited=True,
        ),
        "buurtwinkel": enterprise_factory(
            name="Buurtwinkel", postcode="9000", sectors=["handel"], cooperative=False
        ),
        "concept": enterprise_factory(name="Concept", postcode="1000", live=False),
    }


def names_in_listing(client, **params):
    response = client.get(reverse(LIST_URL), {"locale": "nl", **params})
    assert response.status_code == 200
    return {
        name
        for name in ("Ecopower", "Buurtwinkel", "Concept")
        if f">{name}<" in response.content.decode()
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"Ecopower", "Buurtwinkel", "Concept"}),
        ({"sectors": "energie"}, {"Ecopower"}),
        ({"sectors": ["energie", "handel"]}, {"Ecopower", "Buurtwinkel"}),
        ({"province": "oost-vlaanderen"}, {"Buurtwinkel"}),
        ({"labels": "bio"}, {"Ecopower"}),
        ({"cooperative": "false"}, {"Buurtwinkel"}),
        ({"nrc_accredited": "true"}, {"Ecopower"}),
        ({"live": "false"}, {"Concept"}),
        ({"q": "winkel"}, {"Buurtwinkel"}),
    ],
)
def test_listing_filters(admin_client, listed, params, expected):
    assert names_in_listing(admin_client, **params) == expected


def test_listing_locale_filter(admin_client, listed):
    response = admin_client.get(reverse(LIST_URL), {"locale": "fr"})
    french_pk = french_version(listed["ecopower"]).pk
    content = response.content.decode()
    assert f"/{french_pk}/" in content
    assert f"/edit/{listed['ecopower'].pk}/" not in content


def test_listing_offers_bulk_actions_and_exports(admin_client, listed):
    content = admin_client.get(reverse(LIST_URL)).content.decode()
    assert "bulk-actions" in content or "data-bulk-action" in content
    assert "export=xlsx" in content and "export=csv" in content


def export_rows(client, export_format, **params):
    response = client.get(
        reverse(LIST_URL), {"locale": "nl", "export": export_format, **params}
    )
    assert response.status_code == 200
    if export_format == "csv":
        text = b"".join(response.streaming_content).decode()
        return list(csv.reader(io.StringIO(text)))
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_spreadsheet_export_neutralises_formulas(
    admin_client, enterprise_factory, export_format
):
    enterprise_factory(name="=SUM(A1)", phone="+32 2 123", description="@x", street="-")
    rows = export_rows(admin_client, export_format)
    row = rows[1]
    assert row[0] == "'=SUM(A1)"  # the name column comes first
    assert "'+32 2 123" in row and "'@x" in row and "'-" in row


def test_spreadsheet_export_is_the_filtered_list(admin_client, listed):
    rows = export_rows(admin_client, "csv", province="antwerpen")
    assert [row[0] for row in rows[1:]] == ["Ecopower"]


def upload(client, content: bytes, dry_run: bool):
    data = {"file": SimpleUploadedFile("enterprises.csv", content, "text/csv")}
    if dry_run:
        data["dry_run"] = "on"
    return client.post(reverse(IMPORT_URL), data)


def test_import_page_is_in_the_menu_group(admin_client):
    content = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "MeMO-gids" in content
    assert reverse(IMPORT_URL) in content
    assert admin_client.get(reverse(IMPORT_URL)).status_code == 200


def test_import_needs_the_add_and_publish_permissions(
    client, django_user_model, locale_nl
):
    user = django_user_model.objects.create_user("editor", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse(IMPORT_URL)).status_code in (302, 403)
    content = upload(client, csv_text([{}]).encode(), dry_run=False)
    assert content.status_code in (302, 403)
    assert not Enterprise.objects.exists()
    user.user_permissions.add(Permission.objects.get(codename="add_enterprise"))
    assert client.get(reverse(IMPORT_URL)).status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="publish_enterprise"))
    assert client.get(reverse(IMPORT_URL)).status_code == 200


def test_import_dry_run_reports_and_writes_nothing(admin_client):
    response = upload(admin_client, csv_text([{}]).encode(), dry_run=True)
    assert response.status_code == 200
    msgid = (
        "Dry run, nothing written: %(created)d would be created, "
        "%(updated)d updated, %(unchanged)d unchanged."
    )
    with override("nl"):
        summary = gettext(msgid)
    assert summary != msgid, "no Dutch translation of the dry run's summary"
    counts = {"created": 1, "updated": 0, "unchanged": 0}
    assert escape(summary % counts) in response.content.decode()
    assert not Enterprise.objects.exists()


def test_import_with_errors_lists_each_problem_and_writes_nothing(admin_client):
    content = csv_text(
        [{"enterprise_number": "", "name": "Goed"}, {"postcode": "5000"}]
    )
    response = upload(admin_client, content.encode(), dry_run=False)
    assert response.status_code == 400
    assert "row 3: postcode: " in response.content.decode()
    assert not Enterprise.objects.exists()


def test_import_of_a_binary_file_is_a_clear_error(admin_client):
    response = upload(admin_client, b"PK\x03\x04\x00\x00binary", dry_run=False)
    assert response.status_code == 400
    assert "row 1: file: " in response.content.decode()


def test_import_publishes_both_languages(admin_client):
    response = upload(admin_client, csv_text([{}]).encode(), dry_run=False)
    assert response.status_code == 200
    assert Enterprise.objects.filter(name="Ecopower", live=True).count() == 2


def test_enterprise_chooser_opens_on_the_editor_language(admin_client, listed):
    url = reverse("wagtailsnippetchoosers_directory_enterprise:choose")
    content = admin_client.get(url).content.decode()
    dutch, french = listed["ecopower"], french_version(listed["ecopower"])
    assert f"/chosen/{dutch.pk}/" in content
    assert f"/chosen/{french.pk}/" not in content
    everything = admin_client.get(url, {"locale": ""}).content.decode()
    assert f"/chosen/{french.pk}/" in everything


def test_edit_form_offers_sectors_of_the_record_language(admin_client, listed):
    french = french_version(listed["ecopower"])
    url = reverse("wagtailsnippets_directory_enterprise:edit", args=[french.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    field = response.context["form"].fields["sectors"]
    assert {sector.locale_id for sector in field.queryset} == {french.locale_id}
