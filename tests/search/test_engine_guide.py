"""The guide on the real engine: facets, outage with database fallback, catch-up, rebuild."""

import os
import subprocess
from pathlib import Path

import pytest
from django.core.cache import cache
from django.http import QueryDict
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from directory.exchange.exporter import export_records
from directory.exchange.importer import import_records
from directory.finder import find_enterprises, parse_guide_params
from directory.models import Enterprise, GuidePage
from directory.reference_data import SECTORS
from search import upkeep
from search.fallback import ENGINE_DOWN_KEY
from search.models import PendingIndexUpdate
from tests.conftest import publish_translation

pytestmark = [pytest.mark.engine, pytest.mark.django_db]
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "search-engine.sh"


def engine_script(action: str) -> None:
    subprocess.run(
        [str(SCRIPT), action], check=True, capture_output=True, env=os.environ
    )


def names_on_engine(query: str, language: str = "nl") -> set[str]:
    queryset = Enterprise.objects.filter(
        locale=Locale.objects.get(language_code=language)
    )
    return {e.name for e in queryset.search(query, backend=language)}


@pytest.fixture
def guide_pages(home_fr):
    guide = home_fr.get_parent()  # the Dutch home is the French one's source
    from wagtail.models import Page

    nl_home = Page.objects.get(
        translation_key=home_fr.translation_key, locale__language_code="nl"
    )
    page = nl_home.add_child(instance=GuidePage(title="MeMO-gids", slug="memo-gids"))
    page.save_revision().publish()
    publish_translation(page, home_fr.locale, title="Guide MeMO", slug="guide-memo")
    return guide


def test_engine_facets_return_every_sector_with_its_count(engine, enterprise_factory):
    for number, (slug, _nl, _fr) in enumerate(SECTORS):
        for _ in range(1 + number % 2):
            enterprise_factory(name=f"Coöperatie {slug} {_}", sectors=[slug])
    engine.refresh()
    nl = Locale.objects.get(language_code="nl")
    results = Enterprise.objects.filter(locale=nl).search("coöperatie", backend="nl")
    facets = results.facet("sector_slugs")
    assert len(SECTORS) > 10
    assert dict(facets) == {
        slug: 1 + number % 2 for number, (slug, _nl, _fr) in enumerate(SECTORS)
    }


def test_guide_search_runs_on_the_engine(engine, enterprise_factory):
    enterprise_factory(name="Zonnewarmte", description="Wij leggen zonnepanelen.")
    enterprise_factory(name="Broodnodig", description="Een bakkerij.")
    engine.refresh()
    nl = Locale.objects.get(language_code="nl")
    results = find_enterprises(
        parse_guide_params(QueryDict("q=zonnepaneel"), locale=nl), locale=nl
    )
    assert not results.search_fallback
    assert [e.name for e in results.enterprises] == ["Zonnewarmte"]


@pytest.fixture
def engine_outage():
    """Stops the real engine for the test's body; always starts it again."""
    yield lambda: engine_script("stop")
    engine_script("start")
    cache.delete(ENGINE_DOWN_KEY)


def test_outage_falls_back_to_the_database_and_catch_up_restores_the_index(
    engine, enterprise_factory, client, guide_pages, engine_outage
):
    enterprise_factory(name="Windkracht Vooruit", description="Windmolens van burgers.")
    engine.refresh()
    assert names_on_engine("windmolens") == {"Windkracht Vooruit"}

    engine_outage()
    guide = client.get("/nl/memo-gids/", {"q": "windmolens"})
    api = client.get("/api/v1/enterprises/", {"q": "windmolens"})
    site = client.get("/nl/zoeken/", {"q": "windmolens"})
    health = client.get("/healthz")
    # Editors keep publishing while the engine is away.
    published = enterprise_factory(name="Zonnedak Noord", description="Zonnepanelen.")
    published.name = "Zonnedak Noord-Oost"
    published.save_revision().publish()

    assert guide.status_code == 200 and "Windkracht Vooruit" in guide.content.decode()
    assert api.status_code == 200
    assert [r["name"] for r in api.json()["results"]] == ["Windkracht Vooruit"]
    assert site.status_code == 200 and "Windkracht Vooruit" in site.content.decode()
    for response in (guide, site):
        assert 'class="notice search-fallback"' in response.content.decode()
    assert health.status_code == 200
    assert health.json() == {"database": "ok", "search": "unavailable"}
    assert PendingIndexUpdate.objects.filter(object_id=str(published.pk)).exists()

    engine_script("start")
    cache.delete(ENGINE_DOWN_KEY)
    updated, _removed = upkeep.catch_up()
    engine.refresh()
    assert updated >= 2  # the Dutch and the French version
    assert names_on_engine("zonnepanelen") == {"Zonnedak Noord-Oost"}
    assert not PendingIndexUpdate.objects.exists()


def test_rebuild_keeps_saves_made_meanwhile_and_leaves_no_old_indexes(
    engine, enterprise_factory
):
    enterprise_factory(name="Eerste Coöperatie", description="Bestaat al.")
    saved_during = []

    def progress(iterable, desc, **description):
        for chunk in iterable:
            if not saved_during and "directory.Enterprise" in desc:
                saved_during.append(
                    enterprise_factory(
                        name="Tussendoor", description="Tijdens het herbouwen."
                    )
                )
            yield chunk

    upkeep.rebuild(progress=progress)
    engine.refresh()
    assert saved_during
    assert names_on_engine("herbouwen") == {"Tussendoor"}
    assert names_on_engine("bestaat") == {"Eerste Coöperatie"}
    for alias in upkeep.engine_aliases():
        backend = get_search_backend(alias)
        found = backend.es.indices.get_alias(index=f"{backend.index_prefix}*")
        assert [name for name, info in found.items() if not info.get("aliases")] == []


def test_an_import_while_the_engine_is_away_is_kept_and_caught_up(
    engine, enterprise_factory, engine_outage
):
    original = enterprise_factory(name="Windkracht Vooruit", description="Windmolens.")
    records = [
        {**record, "enterprise_number": "0403.170.701", "name": "Zonnekracht Zuid"}
        for record in export_records(Enterprise.objects.filter(pk=original.pk))
    ]

    engine_outage()
    report = import_records(records)

    assert report.is_valid and report.indexing_failed
    imported = Enterprise.objects.filter(name="Zonnekracht Zuid")
    assert imported.count() == 2  # the Dutch and the French version
    assert PendingIndexUpdate.objects.filter(
        object_id__in=[str(pk) for pk in imported.values_list("pk", flat=True)]
    ).exists()
    engine_script("start")
    cache.delete(ENGINE_DOWN_KEY)
    upkeep.catch_up()
    engine.refresh()
    assert "Zonnekracht Zuid" in names_on_engine("windmolens")
