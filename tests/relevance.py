"""The guide's relevance set: enterprises, and what visitors typing a query must get.

Each case names the records a query must find (in the first ten) and, where it
matters, the one that must rank first. The same set runs on the database backend
and on the engine (`tests/directory/test_relevance.py`,
`tests/search/test_engine_relevance.py`); cases the database cannot answer
(compounds, typos) are marked `engine_only`. `precision_at_10` sums it up for the
bench.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import QueryDict
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from directory.finder import find_enterprises, parse_guide_params
from home.models import ContentPage
from search.language import is_engine
from search.postgres import SearchBackend as PostgresIndexBackend
from search.views import page_groups

GENT = {
    "postcode": "9000",
    "municipality": "Gent",
    "latitude": 51.05,
    "longitude": 3.72,
}
BRUGGE = {
    "postcode": "8000",
    "municipality": "Brugge",
    "latitude": 51.2,
    "longitude": 3.2,
}
BRUSSEL = {
    "postcode": "1000",
    "municipality": "Brussel",
    "latitude": 50.85,
    "longitude": 4.35,
}
ELSENE = {
    "postcode": "1050",
    "municipality": "Elsene",
    "latitude": 50.83,
    "longitude": 4.37,
}
ANTWERPEN = {
    "postcode": "2000",
    "municipality": "Antwerpen",
    "latitude": 51.22,
    "longitude": 4.4,
}
LEUVEN = {
    "postcode": "3000",
    "municipality": "Leuven",
    "latitude": 50.88,
    "longitude": 4.7,
}
HASSELT = {
    "postcode": "3500",
    "municipality": "Hasselt",
    "latitude": 50.93,
    "longitude": 5.34,
}

# name: the enterprise's fields (Dutch), with `description_fr` for its French version.
RECORDS = {
    "Broodnodig": {
        **GENT,
        "description": "Biologische bakkerij met zuurdesembrood uit eigen oven.",
        "description_fr": "Boulangerie biologique au levain, cuit dans notre four.",
        "sectors": ["voeding-landbouw"],
    },
    "Bakkerij De Korenaar": {
        **BRUGGE,
        "description": "Ambachtelijk brood en gebak van bij ons.",
        "description_fr": "Pain et pâtisserie artisanale.",
        "sectors": ["voeding-landbouw"],
    },
    "Zonnewarmte": {
        **ANTWERPEN,
        "description": "Warm water van de zon voor woningen en scholen.",
        "description_fr": "De l'eau chaude solaire pour les maisons et les écoles.",
        "sectors": ["energie"],
    },
    "Dakenwerk": {
        **LEUVEN,
        "description": "Wij leggen zonnepanelen op daken van huizen en bedrijven.",
        "description_fr": "Nous posons des panneaux solaires sur les toits.",
        "sectors": ["energie"],
    },
    "Windkracht": {
        **HASSELT,
        "description": "Groene energie uit windmolens, samen met de buurt.",
        "description_fr": "De l'énergie verte des éoliennes, avec le quartier.",
        "sectors": ["energie"],
    },
    "Groene Energie": {
        **GENT,
        "enterprise_number": "0123456749",
        "description": "Stroom van eigen zonnepanelen en windmolens, door burgers beheerd.",
        "description_fr": "Une électricité produite et gérée par les citoyens.",
        "sectors": ["energie"],
    },
    "Velodeel": {
        **BRUSSEL,
        "description": "Deelfietsen en bakfietsen voor iedereen in de stad.",
        "description_fr": "Des vélos partagés et des vélos cargos pour tous.",
        "sectors": ["mobiliteit"],
    },
    "Fietsherstel Elsene": {
        **ELSENE,
        "description": "Wij herstellen fietsen en leren je het zelf te doen.",
        "description_fr": "Nous réparons les vélos et vous apprenons à le faire.",
        "sectors": ["mobiliteit"],
    },
    # One word, over and over: it must not outrank a record with every word.
    "Kaas & Kaas": {
        **LEUVEN,
        "description": "Kaas, kaas en nog eens kaas: jonge kaas, oude kaas, "
        "kaas van de boer en kaas uit de kelder.",
        "description_fr": "Du fromage, encore du fromage, toujours du fromage.",
        "sectors": ["voeding-landbouw"],
    },
    "De Linde": {
        **BRUGGE,
        "description": "Melk, yoghurt en kaas van onze hoeve.",
        "description_fr": "Lait, yaourt et fromage de notre ferme.",
        "sectors": ["voeding-landbouw"],
    },
    "Kringwinkel Centrum": {
        **HASSELT,
        "description": "Tweedehands kleding, meubels en boeken.",
        "description_fr": "Vêtements, meubles et livres de seconde main.",
        "sectors": ["kringloop"],
    },
}


@dataclass(frozen=True)
class Case:
    """A query, the records it must find among the first ten and the one it ranks first."""

    query: str
    finds: tuple[str, ...]
    first: str | None = None
    language: str = "nl"
    excludes: tuple[str, ...] = ()
    engine_only: bool = False

    @property
    def id(self) -> str:
        return f"{self.language}:{self.query}"


CASES = (
    # Places in both languages.
    Case("Bruxelles", ("Velodeel",), language="fr"),
    Case("Bruxelles", ("Velodeel",)),
    Case("Ixelles", ("Fietsherstel Elsene",), language="fr"),
    Case("Anvers", ("Zonnewarmte",), language="fr"),
    Case("Gand", ("Broodnodig", "Groene Energie"), language="fr"),
    Case("Brussel", ("Velodeel",), language="fr"),
    # The beginning of the last word.
    Case("zon", ("Zonnewarmte", "Dakenwerk", "Groene Energie")),
    Case("bakk", ("Broodnodig", "Bakkerij De Korenaar")),
    Case("kringw", ("Kringwinkel Centrum",), first="Kringwinkel Centrum"),
    # Stems: singular and plural.
    Case("zonnepaneel", ("Dakenwerk", "Groene Energie")),
    Case("fiets", ("Fietsherstel Elsene",)),
    Case("panneau solaire", ("Dakenwerk",), language="fr"),
    Case("boulangeries", ("Broodnodig",), language="fr"),
    # Enterprise numbers and postcodes.
    Case("0123.456.749", ("Groene Energie",), first="Groene Energie"),
    Case("0123456749", ("Groene Energie",), first="Groene Energie"),
    Case("BE 0123 456 749", ("Groene Energie",), first="Groene Energie"),
    Case("9000", ("Broodnodig", "Groene Energie"), excludes=("Bakkerij De Korenaar",)),
    Case("bakkerij 9000", ("Broodnodig",), excludes=("Bakkerij De Korenaar",)),
    # Ranking.
    Case("Groene Energie", ("Groene Energie", "Windkracht"), first="Groene Energie"),
    Case(
        "bakkerij", ("Broodnodig", "Bakkerij De Korenaar"), first="Bakkerij De Korenaar"
    ),
    Case(
        "biologische bakkerij",
        ("Broodnodig", "Bakkerij De Korenaar"),
        first="Broodnodig",
    ),
    Case("Dakenwerk", ("Dakenwerk",), first="Dakenwerk"),
    Case("kaas hoeve", ("De Linde", "Kaas & Kaas"), first="De Linde"),
    # Compounds and typos, where the engine can.
    Case("fiets", ("Velodeel", "Fietsherstel Elsene"), engine_only=True),
    Case("panelen", ("Dakenwerk",), engine_only=True),
    Case("bakkrij", ("Broodnodig", "Bakkerij De Korenaar"), engine_only=True),
    Case("windmoelns", ("Windkracht",), first="Windkracht", engine_only=True),
    Case("kledng", ("Kringwinkel Centrum",), engine_only=True),
    # Words under five letters are not read as typos: "wnid" is not "wind".
    Case("wnid", (), excludes=("Windkracht",), engine_only=True),
)


def cases_for(*, engine: bool) -> list[Case]:
    return [case for case in CASES if engine or not case.engine_only]


def create_records(make: Callable[..., object]) -> None:
    """Create every record with `make(name=..., **fields)` (a factory)."""
    for name, fields in RECORDS.items():
        make(name=name, **fields)


def check_backend(query: str, answered: str | None, *, on_engine: bool) -> None:
    """Raise unless the backend meant to answer `query` did: the engine (`on_engine`)
    or the database's PostgreSQL index, never the plain-SQL fallback. None (no
    text searched, as for an enterprise number alone) passes on the database."""
    if answered is None:
        right = not on_engine
    elif on_engine:
        right = is_engine(answered)
    else:
        right = isinstance(get_search_backend(answered), PostgresIndexBackend)
    if not right:
        raise AssertionError(f"{query!r} was answered by the backend {answered!r}")


def guide_names(case: Case, *, on_engine: bool | None = None) -> list[str]:
    """The names of the guide's first ten results for the case's query.

    `on_engine` checks which backend answered (`check_backend`).
    """
    locale = Locale.objects.get(language_code=case.language)
    filters = parse_guide_params(QueryDict(f"q={case.query}"), locale=locale)
    results = find_enterprises(filters, locale=locale)
    if on_engine is not None:
        check_backend(case.query, results.search_backend, on_engine=on_engine)
    return [enterprise.name for enterprise in results.enterprises][:10]


def check(case: Case, names: list[str]) -> list[str]:
    """What is wrong with `names` (the first ten found, best first) for `case`."""
    problems = [f"{name} not found" for name in case.finds if name not in names]
    problems += [f"{name} found" for name in case.excludes if name in names]
    if case.first and (not names or names[0] != case.first):
        problems.append(f"{case.first} not first (got {names[:3]})")
    return problems


def precision_at_10(find: Callable[[Case], list[str]], cases: list[Case]) -> float:
    """Mean share of the first ten hits that the case asks for (cases that ask any)."""
    shares = []
    for case in cases:
        if not case.finds:
            continue
        names = find(case)[:10]
        relevant = sum(1 for name in names if name in case.finds)
        shares.append(relevant / min(10, max(len(names), len(case.finds))))
    return sum(shares) / len(shares)


# Site search: each pair finds the same pages, in either form.
SINGULAR_AND_PLURAL = [
    ("coöperatie", "coöperaties"),
    ("fiets", "fietsen"),
    ("bedrijf", "bedrijven"),
    ("energie", "energieën"),
]


def number_pages(home, singular: str, plural: str) -> set[int]:
    """Two live pages under `home`, one with `singular`, one with `plural`."""
    pages = set()
    for slug, word in (("een", singular), ("twee", plural)):
        page = ContentPage(title=f"Pagina {slug}", slug=slug, intro=f"Over {word}.")
        home.add_child(instance=page)
        page.save_revision().publish()
        pages.add(page.pk)
    return pages


def pages_found(query: str, locale, *, on_engine: bool | None = None) -> set[int]:
    """The pages the site search finds for `query` (`on_engine` as in guide_names)."""
    groups, found = page_groups(query, locale, locale.language_code)
    if on_engine is not None:
        check_backend(query, found.backend, on_engine=on_engine)
    return {page.pk for page in groups["pages"].results}
