"""News, events and knowledge articles, dated relative to the day of loading.

News is dated some days back and events some weeks ahead, so a freshly loaded
site always has recent news and upcoming events.
"""

import datetime

from django.utils import timezone

from home.demo_content.context import DemoContext, document, image
from home.demo_content.translated import PageSpec, ensure_pages
from knowledge.models import (
    EventIndexPage,
    EventPage,
    KnowledgeArticlePage,
    KnowledgeIndexPage,
    NewsArticlePage,
    NewsIndexPage,
)

INDEXES = [
    (
        "nieuws",
        NewsIndexPage,
        (
            "Nieuws",
            "nieuws",
            "Wat er beweegt bij Coopkracht en in de coöperatieve wereld.",
        ),
        (
            "Actualités",
            "actualites",
            "Ce qui bouge chez Coopkracht et dans le monde coopératif.",
        ),
    ),
    (
        "agenda",
        EventIndexPage,
        (
            "Agenda",
            "agenda",
            "Ontmoetingen, lerende netwerken en workshops voor coöperaties.",
        ),
        (
            "Agenda",
            "agenda",
            "Rencontres, réseaux apprenants et ateliers pour les coopératives.",
        ),
    ),
    (
        "kennis",
        KnowledgeIndexPage,
        ("Kennis", "kennis", "Wat je moet weten over coöperatief ondernemen."),
        (
            "Connaissances",
            "connaissances",
            "L'essentiel sur l'entrepreneuriat coopératif.",
        ),
    ),
]

# key: (days ago, tags, Dutch (title, slug, intro, text), French (...)); each has
# an illustration of the same key
NEWS = {
    "memo-gids-vernieuwd": (
        3,
        ("memo-gids", "guide-memo"),
        (
            "De MeMO-gids in een nieuw jasje",
            "memo-gids-vernieuwd",
            "De gids van mens- en milieuvriendelijke ondernemingen toont nu ook een kaart en filters per sector en label.",
            "<p>Wie een coöperatie of een andere mens- en milieuvriendelijke "
            "onderneming zoekt, vindt ze sneller in de vernieuwde MeMO-gids. Je "
            "zoekt op naam of trefwoord, filtert op sector, provincie of label en "
            "ziet meteen wat er in je buurt te vinden is.</p>",
        ),
        (
            "Le guide MeMO fait peau neuve",
            "guide-memo-renouvele",
            "Le guide des entreprises respectueuses des personnes et de l'environnement propose désormais une carte et des filtres par secteur et par label.",
            "<p>Vous cherchez une coopérative ou une autre entreprise respectueuse "
            "des personnes et de l'environnement ? Le guide MeMO renouvelé vous y "
            "mène plus vite : recherchez par nom ou mot-clé, filtrez par secteur, "
            "province ou label et voyez tout de suite ce qui existe près de chez "
            "vous.</p>",
        ),
    ),
    "tweetalige-website": (
        10,
        ("website", "site-web"),
        (
            "Onze website spreekt nu ook Frans",
            "website-ook-in-het-frans",
            "Brussel is tweetalig, en onze website nu ook: alle pagina's en de MeMO-gids bestaan in het Nederlands en het Frans.",
            "<p>Met één klik wissel je van taal en kom je op dezelfde pagina in de "
            "andere taal terecht. Zo kunnen ook Franstalige bezoekers de "
            "coöperaties uit Vlaanderen en Brussel ontdekken.</p>",
        ),
        (
            "Notre site parle aussi français",
            "site-aussi-en-francais",
            "Bruxelles est bilingue, notre site aussi : toutes les pages et le guide MeMO existent en néerlandais et en français.",
            "<p>Un clic suffit pour changer de langue et retrouver la même page dans "
            "l'autre langue. Les visiteurs francophones peuvent ainsi, eux aussi, "
            "découvrir les coopératives de Flandre et de Bruxelles.</p>",
        ),
    ),
    "veertien-sectoren": (
        24,
        ("leden", "membres"),
        (
            "Coöperaties uit veertien sectoren onder één dak",
            "veertien-sectoren",
            "Van energie tot zorg en van voeding tot ICT: de leden van Coopkracht tonen hoe breed coöperatief ondernemen is.",
            "<p>De leden van Coopkracht komen uit veertien verschillende sectoren. "
            "Die verscheidenheid is een troef: wie een zorgcoöperatie leidt, leert "
            "veel van een energiecoöperatie, en omgekeerd.</p>",
        ),
        (
            "Des coopératives de quatorze secteurs sous un même toit",
            "quatorze-secteurs",
            "De l'énergie aux soins, de l'alimentation aux TIC : les membres de Coopkracht montrent toute l'étendue de l'entrepreneuriat coopératif.",
            "<p>Les membres de Coopkracht sont issus de quatorze secteurs "
            "différents. Cette diversité est un atout : qui dirige une coopérative de "
            "soins apprend beaucoup d'une coopérative énergétique, et "
            "inversement.</p>",
        ),
    ),
    "jaarverslag-2021": (
        45,
        ("jaarverslag", "rapport-annuel"),
        (
            "Lees ons jaarverslag 2021",
            "jaarverslag-2021",
            "Wat deed Coopkracht in 2021? Het jaarverslag staat online.",
            "<p>In ons jaarverslag lees je hoe we coöperaties samenbrachten, waar we "
            "hen vertegenwoordigden en hoe we coöperatief ondernemen zichtbaarder "
            "maakten.</p>",
        ),
        (
            "Découvrez notre rapport annuel 2021",
            "rapport-annuel-2021",
            "Qu'a fait Coopkracht en 2021 ? Le rapport annuel est en ligne (en néerlandais).",
            "<p>Notre rapport annuel explique comment nous avons réuni les "
            "coopératives, où nous les avons représentées et comment nous avons "
            "rendu l'entrepreneuriat coopératif plus visible.</p>",
        ),
    ),
    "ica-principes": (
        70,
        ("ica", "aci"),
        (
            "De coöperatieve principes als kompas",
            "cooperatieve-principes",
            "Waarom de principes van de Internationale Coöperatieve Alliantie vandaag nog altijd richting geven.",
            "<p>Vrijwillig en open lidmaatschap, democratische controle, economische "
            "inbreng van de leden, autonomie, vorming, samenwerking tussen "
            "coöperaties en zorg voor de gemeenschap: wie die principes ernstig "
            "neemt, onderneemt anders. Daarover gaan onze volgende lerende "
            "netwerken.</p>",
        ),
        (
            "Les principes coopératifs comme boussole",
            "principes-cooperatifs",
            "Pourquoi les principes de l'Alliance coopérative internationale restent un cap aujourd'hui.",
            "<p>Adhésion volontaire et ouverte, pouvoir démocratique, participation "
            "économique des membres, autonomie, formation, coopération entre "
            "coopératives et engagement envers la communauté : qui prend ces "
            "principes au sérieux entreprend autrement. Ce sera le thème de nos "
            "prochains réseaux apprenants.</p>",
        ),
    ),
}

# Where each event's registration form would be, in the visitor's language: the
# reserved example.org domain, so no link leads to a real form.
REGISTRATION = {
    "nl": "https://example.org/coopkracht/inschrijven/",
    "fr": "https://example.org/coopkracht/inscription/",
}

# key: (days ahead, start hour, hours, Dutch (title, slug, place, intro),
#       French (title, slug, place, intro)); each has an illustration of the same key
EVENTS = {
    "lerend-netwerk-bestuur": (
        14,
        19,
        2,
        (
            "Lerend netwerk: coöperatief besturen",
            "lerend-netwerk-bestuur",
            "Online",
            "Bestuurders van coöperaties wisselen ervaringen uit over inspraak, rollen en dienend leiderschap.",
        ),
        (
            "Réseau apprenant : gouverner une coopérative",
            "reseau-apprenant-gouvernance",
            "En ligne",
            "Des administrateurs de coopératives échangent sur la participation, les rôles et le leadership au service des autres.",
        ),
    ),
    "ontmoetingsdag": (
        35,
        10,
        6,
        (
            "Ontmoetingsdag voor coöperaties",
            "ontmoetingsdag",
            "Brussel (locatie volgt)",
            "Een dag vol gesprekken, workshops en voorbeelden uit veertien sectoren.",
        ),
        (
            "Journée de rencontre des coopératives",
            "journee-de-rencontre",
            "Bruxelles (lieu à confirmer)",
            "Une journée d'échanges, d'ateliers et d'exemples issus de quatorze secteurs.",
        ),
    ),
    "workshop-memo-gids": (
        60,
        12,
        1,
        (
            "Workshop: je onderneming in de MeMO-gids",
            "workshop-memo-gids",
            "Online",
            "Hoe stel je je onderneming voor in de gids, en hoe houd je haar gegevens actueel?",
        ),
        (
            "Atelier : votre entreprise dans le guide MeMO",
            "atelier-guide-memo",
            "En ligne",
            "Comment proposer votre entreprise dans le guide et tenir ses données à jour ?",
        ),
    ),
}

# key: (Dutch (title, slug, intro, text, tag), French (...)); each has an illustration
# of the same key
ARTICLES = {
    "wat-is-een-cooperatie": (
        (
            "Wat is een coöperatie?",
            "wat-is-een-cooperatie",
            "Een coop, voluit coöperatie: een onderneming van en voor haar leden, die er samen eigenaar van zijn en samen beslissen.",
            "<p>In een coöperatie brengen mensen samen kapitaal in om een gedeelde "
            "behoefte te vervullen: energie, voeding, wonen, werk. De leden zijn "
            "eigenaar, klant of werknemer, en beslissen democratisch mee. De "
            "winst dient in de eerste plaats het doel van de coöperatie, niet het "
            "rendement op zich.</p>",
            "basis",
        ),
        (
            "Qu'est-ce qu'une coopérative ?",
            "qu-est-ce-qu-une-cooperative",
            "Une coop, ou coopérative : une entreprise de et pour ses membres, qui la possèdent et la dirigent ensemble.",
            "<p>Dans une coopérative, des personnes mettent du capital en commun pour "
            "répondre à un besoin partagé : énergie, alimentation, logement, "
            "travail. Les membres en sont propriétaires, clients ou travailleurs, et "
            "participent démocratiquement aux décisions. Le bénéfice sert d'abord le "
            "but de la coopérative, pas le rendement pour lui-même.</p>",
            "bases",
        ),
    ),
    "erkenning-nrc": (
        (
            "Erkend door de NRC: wat betekent dat?",
            "erkenning-nrc",
            "De erkenning door de Nationale Raad voor de Coöperatie toont dat een coöperatie de coöperatieve principes naleeft.",
            "<p>Een coöperatie kan zich laten erkennen door de Nationale Raad voor de "
            "Coöperatie. Daarmee bevestigt ze dat haar statuten en haar werking "
            "beantwoorden aan de coöperatieve principes. In de MeMO-gids kun je "
            "filteren op erkende coöperaties.</p>",
            "erkenning",
        ),
        (
            "Agréée par le CNC : qu'est-ce que cela signifie ?",
            "agrement-cnc",
            "L'agrément du Conseil National de la Coopération montre qu'une coopérative respecte les principes coopératifs.",
            "<p>Une coopérative peut demander l'agrément du Conseil National de la "
            "Coopération. Elle confirme ainsi que ses statuts et son fonctionnement "
            "répondent aux principes coopératifs. Dans le guide MeMO, vous pouvez "
            "filtrer les coopératives agréées.</p>",
            "agrement",
        ),
    ),
    "een-cooperatie-starten": (
        (
            "Een coöperatie starten: de eerste stappen",
            "een-cooperatie-starten",
            "Van een gedeelde behoefte naar een onderneming met leden: waar begin je?",
            "<ol><li>Zoek mensen die dezelfde behoefte delen.</li><li>Werk samen een "
            "plan uit: wat bied je aan, wat kost het, wie doet wat?</li><li>Schrijf "
            "statuten die de coöperatieve principes vastleggen.</li><li>Werf leden "
            "en kapitaal, en start.</li></ol>",
            "starten",
        ),
        (
            "Créer une coopérative : les premiers pas",
            "creer-une-cooperative",
            "D'un besoin partagé à une entreprise avec des membres : par où commencer ?",
            "<ol><li>Trouvez des personnes qui partagent le même besoin.</li>"
            "<li>Élaborez ensemble un plan : que proposez-vous, combien cela "
            "coûte-t-il, qui fait quoi ?</li><li>Rédigez des statuts qui inscrivent "
            "les principes coopératifs.</li><li>Recrutez des membres et réunissez "
            "le capital, puis lancez-vous.</li></ol>",
            "demarrer",
        ),
    ),
}


def _story(title, slug, intro, text, **extra):
    return {
        "title": title,
        "slug": slug,
        "intro": intro,
        "body": [("paragraph", text)],
        **extra,
    }


def index_specs() -> list[PageSpec]:
    return [
        PageSpec(
            key=key,
            model=model,
            parent="home",
            nl=dict(zip(("title", "slug", "intro"), nl, strict=True)),
            fr=dict(zip(("title", "slug", "intro"), fr, strict=True)),
        )
        for key, model, nl, fr in INDEXES
    ]


def news_specs(today: datetime.date) -> list[PageSpec]:
    specs = []
    for key, (days_ago, tags, nl, fr) in NEWS.items():
        nl_values = _story(
            *nl,
            tags=[tags[0]],
            date=today - datetime.timedelta(days=days_ago),
            image=image(key),
        )
        if key == "jaarverslag-2021":
            nl_values["body"].append(
                ("document", {"document": document(key), "title": ""})
            )
        fr_values = _story(*fr, tags=[tags[1]])
        fr_values["body"] += nl_values["body"][1:]
        specs.append(PageSpec(key, NewsArticlePage, "nieuws", nl_values, fr_values))
    return specs


def event_specs(now: datetime.datetime) -> list[PageSpec]:
    specs = []
    for key, (days, hour, hours, nl, fr) in EVENTS.items():
        start = (now + datetime.timedelta(days=days)).replace(
            hour=hour, minute=0, second=0, microsecond=0
        )
        nl_title, nl_slug, nl_place, nl_intro = nl
        fr_title, fr_slug, fr_place, fr_intro = fr
        specs.append(
            PageSpec(
                key,
                EventPage,
                "agenda",
                nl={
                    "title": nl_title,
                    "slug": nl_slug,
                    "place": nl_place,
                    "intro": nl_intro,
                    "start": start,
                    "end": start + datetime.timedelta(hours=hours),
                    "image": image(key),
                    "registration_url": f"{REGISTRATION['nl']}{nl_slug}/",
                },
                fr={
                    "title": fr_title,
                    "slug": fr_slug,
                    "place": fr_place,
                    "intro": fr_intro,
                    "registration_url": f"{REGISTRATION['fr']}{fr_slug}/",
                },
            )
        )
    return specs


def article_specs() -> list[PageSpec]:
    specs = []
    for key, (nl, fr) in ARTICLES.items():
        *nl_texts, nl_tag = nl
        *fr_texts, fr_tag = fr
        specs.append(
            PageSpec(
                key,
                KnowledgeArticlePage,
                "kennis",
                nl=_story(*nl_texts, tags=[nl_tag], image=image(key)),
                fr=_story(*fr_texts, tags=[fr_tag]),
            )
        )
    return specs


def build_knowledge(ctx: DemoContext) -> None:
    now = timezone.localtime()
    ensure_pages(
        ctx,
        [*index_specs(), *news_specs(now.date()), *event_specs(now), *article_specs()],
    )
