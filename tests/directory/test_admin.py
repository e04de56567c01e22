"""The MeMO guide in the Wagtail admin: listing filters, safe exports, choosers."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from directory.exchange.columns import COLUMNS
from directory.exchange.importer import import_exchange_file
from home.translation_records import record_translation
from tests.directory.factories import french_version

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_directory_enterprise:list"


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
    # Rows are French; the Dutch version is linked from the language column only.
    assert f"snippet_{french_pk}_title" in content
    assert f"snippet_{listed['ecopower'].pk}_title" not in content


def test_listing_offers_bulk_actions_and_exports(admin_client, listed):
    content = admin_client.get(reverse(LIST_URL)).content.decode()
    assert content.count("data-bulk-action-checkbox") >= len(listed)
    assert "export=xlsx" in content and "export=csv" in content


def export_response(client, export_format, **params):
    response = client.get(
        reverse(LIST_URL), {"locale": "nl", "export": export_format, **params}
    )
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def export_rows(client, export_format, **params):
    content = export_response(client, export_format, **params)
    if export_format == "csv":
        return list(csv.reader(io.StringIO(content.decode())))
    workbook = load_workbook(io.BytesIO(content))
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_spreadsheet_export_has_the_import_columns(
    admin_client, enterprise_factory, export_format
):
    enterprise_factory(
        name="Ecopower",
        enterprise_number="0403170701",
        sectors=["energie"],
        labels=["bio", "fairtrade"],
        description_fr="Coopérative.",
        nrc_accredited=True,
    )
    header, row = export_rows(admin_client, export_format)
    assert header == list(COLUMNS)
    record = dict(zip(header, row, strict=True))
    assert record["enterprise_number"] == "0403170701"
    assert record["sectors"] == "energie"
    assert set(record["labels"].split("|")) == {"bio", "fairtrade"}
    assert (record["cooperative"], record["nrc_accredited"]) == ("yes", "yes")
    assert record["description_nl"] == "Beschrijving van Ecopower."
    assert record["description_fr"] == "Coopérative."


def test_csv_export_neutralises_formulas(admin_client, enterprise_factory):
    enterprise_factory(name="=SUM(A1)", phone="+32 2 123", description="@x", street="-")
    record = dict(zip(*export_rows(admin_client, "csv"), strict=True))
    assert record["name"] == "'=SUM(A1)"
    assert record["phone"] == "'+32 2 123"
    assert (record["description_nl"], record["street"]) == ("'@x", "'-")


def test_xlsx_export_types_cells_as_text_without_a_prefix(
    admin_client, enterprise_factory
):
    enterprise_factory(name="=SUM(A1)", phone="+32 2 123", description="@x")
    workbook = load_workbook(io.BytesIO(export_response(admin_client, "xlsx")))
    header, row = list(workbook.active.iter_rows())
    cells = {title.value: cell for title, cell in zip(header, row, strict=True)}
    for column, text in [
        ("name", "=SUM(A1)"),
        ("phone", "+32 2 123"),
        ("description_nl", "@x"),
    ]:
        assert cells[column].value == text
        assert cells[column].data_type == "s"
        assert cells[column].number_format == "@"
    assert cells["latitude"].value == pytest.approx(51.05)


def test_csv_export_imports_back_unchanged(admin_client, enterprise_factory):
    enterprise_factory(
        name="Ecopower",
        sectors=["energie"],
        labels=["bio"],
        description_fr="Coopérative.",
        phone="+32 3 287 37 79",
    )
    enterprise_factory(
        name="-Buurtwinkel",
        enterprise_number=None,
        postcode="1000",
        municipality="Brussel",
    )
    # The French listing exports the same records (one per enterprise).
    exported = export_response(admin_client, "csv", locale="fr")
    assert exported == export_response(admin_client, "csv")
    report = import_exchange_file(exported)
    assert report.problems == []
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)


def test_spreadsheet_export_is_the_filtered_list(admin_client, listed):
    rows = export_rows(admin_client, "csv", province="antwerpen")
    assert [row[COLUMNS.index("name")] for row in rows[1:]] == ["Ecopower"]


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
    # The plain form, as after "Stop synced translation" in the translation editor.
    translation = record_translation(listed["ecopower"], french).translation
    translation.enabled = False
    translation.save()
    url = reverse("wagtailsnippets_directory_enterprise:edit", args=[french.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    field = response.context["form"].fields["sectors"]
    assert {sector.locale_id for sector in field.queryset} == {french.locale_id}
