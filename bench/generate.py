"""Benchmark data: many realistic bilingual enterprises, and news, written in bulk.

Every enterprise is published in Dutch and French (shared fields equal, the
description translated, some without a French text), spread over every sector,
label, province and legal form, with coordinates near a real municipality. They
are written by the import's own writer (`directory.exchange.importer`), so they
pass the same rules and get the same history and database search index as an
imported file. The engine's indexes are not touched: the benchmark measures a full
rebuild separately.

Deterministic: the same `n` and `seed` give the same data.
"""

import random
import time
import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from directory.municipalities import MUNICIPALITIES

# municipality: (postcode, latitude, longitude) of its centre; every province.

STREETS = (
    "Kerkstraat",
    "Stationsstraat",
    "Molenstraat",
    "Dorpsstraat",
    "Nieuwstraat",
    "Schoolstraat",
    "Veldstraat",
    "Kapelstraat",
    "Beekstraat",
    "Hoogstraat",
    "Lindelaan",
    "Brugstraat",
    "Kouter",
    "Vaartkaai",
    "Meersstraat",
    "Boomgaardstraat",
    "Zavelstraat",
    "Ambachtenlaan",
)

# sector slug: (name prefixes, [(Dutch sentence, French sentence), ...])
SECTORS = {
    "energie": (
        ("Energiecoöperatie", "Zonnecoöperatie", "Windkracht", "Warmtenet"),
        [
            (
                "Burgers investeren samen in zonnepanelen op daken van scholen en bedrijven.",
                "Des citoyens investissent ensemble dans des panneaux solaires sur les toits d'écoles et d'entreprises.",
            ),
            (
                "De leden zijn mede-eigenaar van windturbines en kopen groene stroom tegen kostprijs.",
                "Les membres sont copropriétaires d'éoliennes et achètent de l'électricité verte à prix coûtant.",
            ),
            (
                "Een klein warmtenet levert de wijk hernieuwbare warmte uit restwarmte en biomassa.",
                "Un petit réseau de chaleur fournit au quartier une chaleur renouvelable issue de chaleur résiduelle et de biomasse.",
            ),
            (
                "We begeleiden gezinnen bij renovatie, isolatie en een warmtepomp.",
                "Nous accompagnons les ménages pour la rénovation, l'isolation et la pompe à chaleur.",
            ),
        ],
    ),
    "voeding-landbouw": (
        ("Boerderij", "Voedselteam", "Hoeve", "Oogstkring"),
        [
            (
                "Zelfoogsttuin met biologische groenten, fruit en kruiden voor de leden.",
                "Jardin d'autocueillette avec des légumes, des fruits et des herbes biologiques pour les membres.",
            ),
            (
                "Boeren en consumenten delen de oogst en de risico's van het seizoen.",
                "Agriculteurs et consommateurs partagent la récolte et les risques de la saison.",
            ),
            (
                "Een hoevewinkel verkoopt zuivel, brood van lokaal graan en seizoensgroenten.",
                "Un magasin à la ferme vend des produits laitiers, du pain de céréales locales et des légumes de saison.",
            ),
        ],
    ),
    "wonen": (
        ("Woonproject", "Bouwcoöperatie", "Woongroep", "Grondfonds"),
        [
            (
                "Bewoners beheren samen hun gebouw en wonen betaalbaar dankzij gedeeld eigendom.",
                "Les habitants gèrent ensemble leur immeuble et se logent à prix abordable grâce à la propriété partagée.",
            ),
            (
                "We renoveren oude woningen met leem, kalk en hout.",
                "Nous rénovons d'anciennes maisons à l'argile, à la chaux et au bois.",
            ),
            (
                "Grond wordt aan speculatie onttrokken zodat gezinnen duurzaam kunnen wonen.",
                "Les terrains sont soustraits à la spéculation pour que des familles puissent se loger durablement.",
            ),
        ],
    ),
    "financien": (
        ("Spaarkring", "Investeringsfonds", "Onderlinge", "Microkrediet"),
        [
            (
                "Coöperatief spaarfonds dat het geld van zijn leden in lokale projecten steekt.",
                "Fonds d'épargne coopératif qui place l'argent de ses membres dans des projets locaux.",
            ),
            (
                "Kleine leningen en begeleiding voor starters zonder toegang tot bankkrediet.",
                "Petits prêts et accompagnement pour les personnes qui se lancent sans accès au crédit bancaire.",
            ),
            (
                "Een onderlinge verzekeraar waarvan de verzekerden ook mede-eigenaar zijn.",
                "Une mutuelle d'assurance dont les assurés sont aussi copropriétaires.",
            ),
        ],
    ),
    "zorg-welzijn": (
        ("Zorgcoöperatie", "Thuiszorg", "Zorgboerderij", "Huiskamer"),
        [
            (
                "Thuisverpleegkundigen werken samen en houden de zorg in eigen handen.",
                "Des infirmiers à domicile travaillent ensemble et gardent la maîtrise des soins.",
            ),
            (
                "Een ontmoetingshuis waar ouderen elke dag een warme maaltijd krijgen.",
                "Une maison de rencontre où les aînés reçoivent chaque jour un repas chaud.",
            ),
            (
                "Mensen met een zorgvraag werken mee in de moestuin en bij de dieren.",
                "Des personnes ayant besoin de soins participent au potager et s'occupent des animaux.",
            ),
        ],
    ),
    "mobiliteit": (
        ("Deelauto", "Fietskoerier", "Deelwiel", "Autodelen"),
        [
            (
                "Deelt elektrische auto's en bakfietsen met de buurt via een eenvoudige app.",
                "Partage des voitures électriques et des vélos cargo avec le quartier via une application simple.",
            ),
            (
                "Fietskoeriers leveren pakjes emissievrij in de binnenstad.",
                "Des coursiers à vélo livrent les colis sans émissions au centre-ville.",
            ),
        ],
    ),
    "cultuur-media": (
        ("Theatercollectief", "Uitgeverij", "Filmhuis", "Radiokring"),
        [
            (
                "Een collectief van makers dat theater brengt in buurthuizen en scholen.",
                "Un collectif de créateurs qui joue du théâtre dans les maisons de quartier et les écoles.",
            ),
            (
                "Onafhankelijke uitgeverij van boeken en een tijdschrift, eigendom van de lezers.",
                "Maison d'édition indépendante de livres et d'un magazine, propriété de ses lecteurs.",
            ),
        ],
    ),
    "handel": (
        ("Wereldwinkel", "Buurtwinkel", "Coöperatieve supermarkt", "Verpakkingsvrij"),
        [
            (
                "Een coöperatieve supermarkt waar de leden zelf meewerken en mee beslissen.",
                "Un supermarché coopératif où les membres travaillent et décident ensemble.",
            ),
            (
                "Verkoopt eerlijke producten zonder verpakking, van lokale en fairtrade leveranciers.",
                "Vend des produits équitables en vrac, de fournisseurs locaux et fairtrade.",
            ),
        ],
    ),
    "onderwijs": (
        ("Leerhuis", "Vormingscentrum", "Taalschool", "Academie"),
        [
            (
                "Cursussen en workshops over coöperatief ondernemen voor starters.",
                "Cours et ateliers sur l'entrepreneuriat coopératif pour les débutants.",
            ),
            (
                "Huiswerkbegeleiding en taallessen voor kinderen en volwassenen.",
                "Soutien scolaire et cours de langue pour enfants et adultes.",
            ),
        ],
    ),
    "horeca-toerisme": (
        ("Bistro", "Café", "Herberg", "Gastenverblijf"),
        [
            (
                "Een buurtcafé met seizoenskeuken, uitgebaat door vrijwilligers en leden.",
                "Un café de quartier avec une cuisine de saison, tenu par des bénévoles et des membres.",
            ),
            (
                "Duurzaam gastenverblijf met fietsverhuur langs de rivier.",
                "Maison d'hôtes durable avec location de vélos le long de la rivière.",
            ),
        ],
    ),
    "kringloop": (
        ("Kringwinkel", "Repaircafé", "Herstelplaats", "Tweedehands"),
        [
            (
                "Herstelt en verkoopt tweedehands meubels, kleding en toestellen.",
                "Répare et vend des meubles, des vêtements et des appareils de seconde main.",
            ),
            (
                "Vrijwilligers herstellen elke maand fietsen en elektrische toestellen.",
                "Chaque mois, des bénévoles réparent des vélos et des appareils électriques.",
            ),
        ],
    ),
    "ict": (
        ("Softwarecoöperatie", "Datakring", "Webcollectief", "Platformcoöperatie"),
        [
            (
                "Bouwt open-source software en websites voor verenigingen en coöperaties.",
                "Développe des logiciels libres et des sites web pour des associations et des coopératives.",
            ),
            (
                "Een platformcoöperatie waarvan de gebruikers ook de eigenaars zijn.",
                "Une coopérative de plateforme dont les utilisateurs sont aussi les propriétaires.",
            ),
        ],
    ),
    "advies": (
        (
            "Adviesbureau",
            "Ondernemerscoöperatie",
            "Boekhoudkring",
            "Coachingcollectief",
        ),
        [
            (
                "Advies over oprichting, statuten en financiering van coöperaties.",
                "Conseil sur la création, les statuts et le financement de coopératives.",
            ),
            (
                "Zelfstandigen delen een boekhouding, verzekeringen en een werkplek.",
                "Des indépendants partagent une comptabilité, des assurances et un lieu de travail.",
            ),
        ],
    ),
    "werk": (
        ("Maatwerkbedrijf", "Werkplaats", "Sociale werkplaats", "Leerwerkbedrijf"),
        [
            (
                "Biedt werk op maat aan mensen die moeilijk een job vinden.",
                "Offre un travail adapté à des personnes qui trouvent difficilement un emploi.",
            ),
            (
                "Werkzoekenden leren een vak in groenonderhoud, schoonmaak en catering.",
                "Des demandeurs d'emploi apprennent un métier dans l'entretien des espaces verts, le nettoyage et la restauration.",
            ),
        ],
    ),
}

ADJECTIVES = (
    "Groene",
    "Warme",
    "Eerlijke",
    "Nieuwe",
    "Open",
    "Sterke",
    "Zachte",
    "Blauwe",
    "Gouden",
    "Kleine",
    "Grote",
    "Vrije",
)
NOUNS = (
    "Schakel",
    "Kring",
    "Akker",
    "Haven",
    "Brug",
    "Bron",
    "Oogst",
    "Molen",
    "Tuin",
    "Stroom",
    "Draad",
    "Werf",
    "Kolibrie",
    "Linde",
    "Eik",
    "Zwaluw",
    "Bij",
    "Klaver",
    "Wilg",
    "Beuk",
)
COMMON = (
    (
        "De coöperatie telt {members} leden en werd opgericht in {year}.",
        "La coopérative compte {members} membres et a été fondée en {year}.",
    ),
    (
        "Iedereen kan lid worden met een aandeel van {share} euro.",
        "Chacun peut devenir membre avec une part de {share} euros.",
    ),
    (
        "Elk jaar beslist de algemene vergadering samen over de winst.",
        "Chaque année, l'assemblée générale décide ensemble de l'affectation des bénéfices.",
    ),
    (
        "Met {volunteers} vrijwilligers en een klein team van vaste medewerkers.",
        "Avec {volunteers} bénévoles et une petite équipe de salariés.",
    ),
)
LABELS = (
    "bio",
    "fairtrade",
    "b-corp",
    "ecodynamisch",
    "maatwerkbedrijf",
    "sociale-onderneming",
)
LEGAL_FORMS = (
    ("cv", 55),
    ("vzw", 15),
    ("bv", 12),
    ("nv", 3),
    ("vof", 3),
    ("commv", 2),
    ("eenmanszaak", 5),
    ("other", 5),
)
SHARE_OF_NUMBERS = 0.7
SHARE_WITHOUT_FRENCH = 0.15


def enterprise_number(first_eight: int) -> str:
    """A valid 10-digit KBO/BCE number from its first eight digits."""
    return f"{first_eight:08d}{97 - first_eight % 97:02d}"


def enterprise_records(
    n: int, seed: int = 2024, taken: tuple[set, set] = (set(), set())
) -> list[dict]:
    """`n` enterprises as plain dicts (shared fields, both descriptions, slugs).

    `taken` holds the names (casefolded) and slugs already in use, to avoid.
    """
    rng = random.Random(seed)
    places = list(MUNICIPALITIES.items())
    sectors = list(SECTORS)
    forms, weights = zip(*LEGAL_FORMS, strict=True)
    numbers = rng.sample(range(10_000_000, 19_999_999), n)
    names, slugs, records = set(taken[0]), set(taken[1]), []
    for i in range(n):
        municipality, (postcode, lat, lon) = rng.choice(places)
        own = rng.sample(sectors, rng.choices((1, 2, 3), (60, 30, 10))[0])
        prefixes, phrases = SECTORS[own[0]]
        style = rng.random()
        if style < 0.4:
            name = f"{rng.choice(prefixes)} De {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        elif style < 0.7:
            name = f"{rng.choice(prefixes)} {municipality}"
        elif style < 0.9:
            name = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {municipality}"
        else:
            name = (
                f"{rng.choice(NOUNS)}{rng.choice(NOUNS).lower()} {rng.choice(prefixes)}"
            )
        base, k = name, 1
        while name.casefold() in names:
            k += 1
            name = f"{base} {k}"
        names.add(name.casefold())
        slug = slugify(name)[:200]
        while slug in slugs:
            slug = f"{slug[:190]}-{i}"
        slugs.add(slug)
        chosen = [rng.choice(SECTORS[s][1]) for s in own]
        facts = {
            "members": rng.randint(12, 4000),
            "year": rng.randint(1920, 2024),
            "share": rng.choice((25, 50, 100, 250)),
            "volunteers": rng.randint(2, 80),
        }
        extra = rng.sample(COMMON, rng.randint(1, 2))
        nl = " ".join([p[0] for p in chosen] + [c[0].format(**facts) for c in extra])
        fr = " ".join([p[1] for p in chosen] + [c[1].format(**facts) for c in extra])
        legal_form = rng.choices(forms, weights)[0]
        cooperative = legal_form == "cv" or rng.random() < 0.05
        host = slug[:50].strip("-") or "coop"
        records.append(
            {
                "name": name,
                "slug": slug,
                "enterprise_number": (
                    enterprise_number(numbers[i])
                    if rng.random() < SHARE_OF_NUMBERS
                    else None
                ),
                "legal_form": legal_form,
                "cooperative": cooperative,
                "nrc_accredited": cooperative and rng.random() < 0.3,
                "sectors": own,
                "labels": rng.sample(LABELS, rng.choices((0, 1, 2), (50, 35, 15))[0]),
                "street": f"{rng.choice(STREETS)} {rng.randint(1, 240)}",
                "postcode": postcode,
                "municipality": municipality,
                "latitude": round(lat + rng.uniform(-0.03, 0.03), 6),
                "longitude": round(lon + rng.uniform(-0.045, 0.045), 6),
                "website": f"https://{host}.example.org",
                "email": f"info@{host}.example.org",
                "phone": f"0{rng.randint(2, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                "description_nl": nl,
                "description_fr": "" if rng.random() < SHARE_WITHOUT_FRENCH else fr,
            }
        )
    return records


def database_backends() -> list:
    """The auto-updated search backends that keep their index in the database."""
    from wagtail.search.backends import get_search_backends

    return [
        backend
        for backend in get_search_backends(with_auto_update=True)
        if getattr(backend, "es", None) is None
    ]


def generate_enterprises(n: int, seed: int = 2024) -> dict:
    """Create `n` bilingual enterprises through the import's writer; timings.

    They are checked, written, given their history and indexed (in the database;
    the benchmark runs without the engine here) exactly as an import would.
    """
    from directory.exchange.importer import import_records
    from directory.models import Enterprise

    started = time.perf_counter()
    existing = Enterprise.objects.values_list("name", "slug")
    taken = ({name.casefold() for name, _ in existing}, {slug for _, slug in existing})
    records = enterprise_records(n, seed, taken)
    built = time.perf_counter()
    report = import_records(records)
    if not report.is_valid:
        raise RuntimeError(f"generated records refused: {report.problems[:3]}")
    written = time.perf_counter()
    return {
        "enterprises": n,
        "created": report.created,
        "build_s": round(built - started, 2),
        "write_s": round(written - built, 2),
        "total_s": round(written - started, 2),
    }


NEWS_TOPICS = (
    (
        "Nieuwe energiecoöperatie in {place}",
        "Nouvelle coopérative énergétique à {place}",
        "Inwoners van {place} richten samen een coöperatie op voor zonne-energie.",
        "Les habitants de {place} fondent ensemble une coopérative d'énergie solaire.",
    ),
    (
        "Lerend netwerk over zorg in {place}",
        "Réseau apprenant sur les soins à {place}",
        "Zorgcoöperaties uit de regio {place} delen hun ervaring.",
        "Des coopératives de soins de la région de {place} partagent leur expérience.",
    ),
    (
        "Voedselteam {place} zoekt nieuwe leden",
        "L'équipe alimentaire de {place} cherche de nouveaux membres",
        "Het voedselteam breidt uit en zoekt gezinnen die lokaal willen eten.",
        "L'équipe alimentaire s'agrandit et cherche des familles qui veulent manger local.",
    ),
    (
        "Coöperatieve woonprojecten in {place} groeien",
        "Les projets d'habitat coopératif grandissent à {place}",
        "Steeds meer bewoners kiezen voor gedeeld eigendom.",
        "De plus en plus d'habitants choisissent la propriété partagée.",
    ),
)


def generate_news(count: int = 500, seed: int = 7) -> dict:
    """`count` news articles, half Dutch and half their French translations."""
    import datetime

    from django.db.models.signals import post_save
    from wagtail.models import Locale
    from wagtail.rich_text import RichText
    from wagtail.search.signal_handlers import post_save_signal_handler

    from knowledge.models import NewsArticlePage, NewsIndexPage

    started = time.perf_counter()
    rng = random.Random(seed)
    places = list(MUNICIPALITIES)
    indexes = {
        code: NewsIndexPage.objects.get(locale__language_code=code)
        for code in ("nl", "fr")
    }
    locales = {code: Locale.objects.get(language_code=code) for code in ("nl", "fr")}
    created = []
    post_save.disconnect(post_save_signal_handler, sender=NewsArticlePage)
    try:
        with transaction.atomic():
            for i in range(count // 2):
                topic = rng.choice(NEWS_TOPICS)
                place = rng.choice(places)
                date = datetime.date.today() - datetime.timedelta(
                    days=rng.randint(1, 1500)
                )
                key = uuid.uuid4()
                for code, title, intro in (
                    ("nl", topic[0], topic[2]),
                    ("fr", topic[1], topic[3]),
                ):
                    text = intro.format(place=place)
                    body = [
                        ("paragraph", RichText(f"<p>{text}</p>")),
                        ("paragraph", RichText(f"<p>{text} {text}</p>")),
                    ]
                    page = NewsArticlePage(
                        title=title.format(place=place),
                        slug=f"{slugify(title.format(place=place))[:60]}-{i}",
                        intro=text,
                        body=body,
                        date=date,
                        locale=locales[code],
                        translation_key=key,
                        first_published_at=timezone.now(),
                        last_published_at=timezone.now(),
                    )
                    indexes[code].add_child(instance=page)
                    created.append(page)
    finally:
        post_save.connect(post_save_signal_handler, sender=NewsArticlePage)
    for backend in database_backends():
        backend.add_bulk(NewsArticlePage, created)
    return {"news": len(created), "total_s": round(time.perf_counter() - started, 2)}
