"""The guide's benchmark queries: 200 of them, mixed like real visitors', seeded.

Each query is a dict: `kind`, `language`, `path` (guide page or autocomplete API),
`params` (list of (name, value)) and `url` (path with query string). The mix:
free text, facets, combined filters, near (with and without a radius),
autocomplete and deep pages (page 10), in Dutch and French.
"""

import random
from urllib.parse import urlencode

GUIDE_PATHS = {"nl": "/nl/memo-gids/", "fr": "/fr/guide-memo/"}
AUTOCOMPLETE_PATH = "/api/v1/enterprises/autocomplete/"

SECTORS = (
    "energie",
    "voeding-landbouw",
    "wonen",
    "financien",
    "zorg-welzijn",
    "mobiliteit",
    "cultuur-media",
    "handel",
    "onderwijs",
    "horeca-toerisme",
    "kringloop",
    "ict",
    "advies",
    "werk",
)
PROVINCES = (
    "brussel",
    "vlaams-brabant",
    "antwerpen",
    "limburg",
    "west-vlaanderen",
    "oost-vlaanderen",
)
LABELS = (
    "bio",
    "fairtrade",
    "b-corp",
    "ecodynamisch",
    "maatwerkbedrijf",
    "sociale-onderneming",
)
TEXT = {
    "nl": (
        "energie",
        "zonnepanelen",
        "zonnepaneel",
        "coöperatie",
        "cooperatie",
        "biologische groenten",
        "woonproject",
        "fietskoerier",
        "Gent",
        "Antwerpen",
        "kringwinkel",
        "zorg",
        "groene schakel",
        "warmtenet leuven",
        "software",
        "repaircafé",
        "theater",
        "leden aandeel",
        "maatwerk",
        "xylofoonbouwers",
    ),
    "fr": (
        "énergie",
        "energie solaire",
        "coopérative",
        "logement",
        "vélo",
        "soins à domicile",
        "réparation",
        "Bruxelles",
        "légumes biologiques",
        "logiciels libres",
        "théâtre",
        "épargne",
    ),
}
PLACES = (
    (51.0543, 3.7174),  # Gent
    (51.2194, 4.4025),  # Antwerpen
    (50.8467, 4.3525),  # Brussel
    (50.8798, 4.7005),  # Leuven
    (50.9307, 5.3378),  # Hasselt
    (51.2093, 3.2247),  # Brugge
    (50.8280, 3.2650),  # Kortrijk
)
PREFIXES = ("ene", "zon", "groe", "wo", "de ", "kring", "zorg", "fiets", "coö", "bi")
MIX = (
    ("text", 50),
    ("facets", 40),
    ("combined", 40),
    ("near", 25),
    ("autocomplete", 25),
    ("page10", 20),
)


def _some(rng, values, most=2):
    return rng.sample(values, rng.randint(1, most))


def _query(rng: random.Random, kind: str, language: str) -> list[tuple[str, str]]:
    if kind == "text":
        return [("q", rng.choice(TEXT[language]))]
    if kind == "autocomplete":
        return [("q", rng.choice(PREFIXES)), ("locale", language)]
    if kind == "facets":
        params = []
        for name, values in (
            ("sector", SECTORS),
            ("province", PROVINCES),
            ("label", LABELS),
        ):
            if rng.random() < 0.5:
                params += [(name, slug) for slug in _some(rng, values)]
        return params or [("sector", rng.choice(SECTORS))]
    if kind == "combined":
        params = [("q", rng.choice(TEXT[language]))] if rng.random() < 0.6 else []
        params += [("sector", rng.choice(SECTORS))]
        params += [("province", slug) for slug in _some(rng, PROVINCES)]
        if rng.random() < 0.5:
            params.append(("cooperative", "1"))
        if rng.random() < 0.3:
            params.append(("label", rng.choice(LABELS)))
        if rng.random() < 0.2:
            params.append(("nrc", "1"))
        return params
    if kind == "near":
        lat, lon = rng.choice(PLACES)
        params = [("near", f"{lat},{lon}")]
        if rng.random() < 0.7:
            params.append(("km", str(rng.choice((5, 10, 25, 50)))))
        if rng.random() < 0.3:
            params.append(("sector", rng.choice(SECTORS)))
        return params
    if kind == "page10":
        params = rng.choice(
            ([], [("province", rng.choice(PROVINCES))], [("cooperative", "1")])
        )
        return [*params, ("page", "10")]
    raise ValueError(kind)


def guide_queries(count: int = 200, seed: int = 1) -> list[dict]:
    """`count` queries in the proportions of MIX, in a shuffled, repeatable order."""
    rng = random.Random(seed)
    total = sum(weight for _, weight in MIX)
    kinds = [kind for kind, weight in MIX for _ in range(weight * count // total)]
    kinds += [MIX[0][0]] * (count - len(kinds))
    rng.shuffle(kinds)
    queries = []
    for kind in kinds:
        language = "fr" if rng.random() < 0.3 else "nl"
        params = _query(rng, kind, language)
        path = AUTOCOMPLETE_PATH if kind == "autocomplete" else GUIDE_PATHS[language]
        queries.append(
            {
                "kind": kind,
                "language": language,
                "path": path,
                "params": params,
                "url": f"{path}?{urlencode(params)}" if params else path,
            }
        )
    return queries
