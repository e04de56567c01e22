"""The board and the partner organisations, as Person and Partner snippets.

The chair is Coopkracht's real chair. The other board members are invented for
the demo, and their biographies say so. Partners are the real organisations
Coopkracht works with; their descriptions say only how, and their logos are
generated initials whose titles say so.
"""

from home.demo_content.context import DemoContext, image, logo_key
from home.demo_content.translated import ensure_snippet
from home.models import Partner, Person

CHAIR = {
    "voorzitter": {
        "nl": {
            "name": "Marc Bosschaert",
            "role": "Voorzitter",
            "bio": "Zit het bestuursorgaan van Coopkracht voor.",
        },
        "fr": {
            "role": "Président",
            "bio": "Préside l'organe d'administration de Coopkracht.",
        },
    },
}

FICTIONAL = {"nl": "Verzonnen voor de demo.", "fr": "Personne fictive de la démo."}

# key: (name, Dutch role and task, French role and task)
BOARD = {
    "ondervoorzitter": (
        "Lotte Verhaeghe",
        ("Ondervoorzitter", "Volgt de lerende netwerken op."),
        ("Vice-présidente", "Suit les réseaux apprenants."),
    ),
    "penningmeester": (
        "Karim Bouzidi",
        ("Penningmeester", "Beheert de financiën en de jaarrekening."),
        ("Trésorier", "Gère les finances et les comptes annuels."),
    ),
    "secretaris": (
        "Griet Van Acker",
        ("Secretaris", "Bereidt de vergaderingen van het bestuursorgaan voor."),
        ("Secrétaire", "Prépare les réunions de l'organe d'administration."),
    ),
    "bestuurder-energie": (
        "Jonas Desmet",
        ("Bestuurder", "Brengt de ervaring van de energiecoöperaties in."),
        ("Administrateur", "Apporte l'expérience des coopératives énergétiques."),
    ),
    "bestuurder-zorg": (
        "Nadia El Amrani",
        ("Bestuurder", "Brengt de ervaring van de zorgcoöperaties in."),
        ("Administratrice", "Apporte l'expérience des coopératives de soins."),
    ),
}
# The board in the order the about page lists it, chair first.
PEOPLE = {
    **CHAIR,
    **{
        key: {
            "nl": {"name": name, "role": nl[0], "bio": f"{nl[1]} {FICTIONAL['nl']}"},
            "fr": {"role": fr[0], "bio": f"{fr[1]} {FICTIONAL['fr']}"},
        }
        for key, (name, nl, fr) in BOARD.items()
    },
}

PARTNERS = {
    "cera": {
        "nl": {
            "name": "Cera",
            "url": "https://www.cera.coop/",
            "description": "Coöperatieve groep waarmee Coopkracht nauw samenwerkt.",
        },
        "fr": {
            "description": "Groupe coopératif avec lequel Coopkracht collabore étroitement."
        },
    },
    "febecoop": {
        "nl": {
            "name": "Febecoop",
            "url": "https://www.febecoop.be/",
            "description": (
                "Belgische federatie voor coöperatief ondernemen, waarmee Coopkracht "
                "nauw samenwerkt."
            ),
        },
        "fr": {
            "description": (
                "Fédération belge de l'entrepreneuriat coopératif, avec laquelle "
                "Coopkracht collabore étroitement."
            )
        },
    },
    "nrc": {
        "nl": {
            "name": "Nationale Raad voor de Coöperatie (NRC)",
            "url": "https://economie.fgov.be/",
            "description": (
                "Erkent coöperaties op federaal niveau. Coopkracht is sinds 2009 "
                "erkend door de NRC en speelt er een actieve rol in."
            ),
        },
        "fr": {
            "name": "Conseil National de la Coopération (CNC)",
            "description": (
                "Agrée les coopératives au niveau fédéral. Coopkracht est agréée "
                "par le CNC depuis 2009 et y joue un rôle actif."
            ),
        },
    },
    "serv": {
        "nl": {
            "name": "SERV",
            "url": "https://www.serv.be/",
            "description": (
                "De Sociaal-Economische Raad van Vlaanderen, waar Coopkracht "
                "coöperaties vertegenwoordigt."
            ),
        },
        "fr": {
            "description": (
                "Le Conseil socio-économique de la Flandre, où Coopkracht représente "
                "les coopératives."
            )
        },
    },
    "trividend": {
        "nl": {
            "name": "Trividend",
            "url": "https://www.trividend.be/",
            "description": (
                "Participatiefonds voor de sociale economie, waar Coopkracht "
                "coöperaties vertegenwoordigt."
            ),
        },
        "fr": {
            "description": (
                "Fonds de participation de l'économie sociale, où Coopkracht "
                "représente les coopératives."
            )
        },
    },
    "cooperatives-europe": {
        "nl": {
            "name": "Cooperatives Europe",
            "url": "https://coopseurope.coop/",
            "description": (
                "De koepel van coöperaties op Europees niveau, met wie Coopkracht "
                "geregeld contact heeft."
            ),
        },
        "fr": {
            "description": (
                "L'organisation faîtière des coopératives au niveau européen, avec "
                "laquelle Coopkracht est en contact régulier."
            )
        },
    },
}


def build_people(ctx: DemoContext) -> None:
    for key, values in PEOPLE.items():
        ensure_snippet(ctx, Person, "person", key, values)
    for key, values in PARTNERS.items():
        with_logo = {**values, "nl": {**values["nl"], "logo": image(logo_key(key))}}
        ensure_snippet(ctx, Partner, "partner", key, with_logo)
