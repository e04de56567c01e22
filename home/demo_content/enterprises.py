"""Fictional enterprises for the MeMO guide: every sector, every province.

They are invented and say so: `is_demo` is set, no enterprise number is given
(a real-looking one could belong to a real firm), web and mail addresses use the
reserved example.org domain, and each description ends with a notice. Streets
are invented too; postcodes and municipalities are real, and the coordinates lie
near the centre of the municipality. Three have no French description, to show
the Dutch fallback on the French guide.

Most have a generated logo, a phone number and opening hours in both languages;
some lack one or the other, as real entries do. The phone numbers lie in the
Brussels range +32 2 000, which is not given out, so none of them rings anyone.
"""

from dataclasses import dataclass

from django.utils.text import slugify

from directory.models import Enterprise, Label, Sector
from directory.municipalities import MUNICIPALITIES
from home.demo_content.context import (
    SOURCE_LANGUAGE,
    DemoContext,
    demo_key,
    logo_key,
)

NOTICE = {
    "nl": "Fictieve onderneming uit de demo-inhoud van deze website.",
    "fr": "Entreprise fictive des données de démonstration de ce site.",
}


STREETS = (
    "Coöperatieplein",
    "Ledenlaan",
    "Samenhuisstraat",
    "Krachtlijnstraat",
    "Deelwerkstraat",
    "Gedeelde Hof",
    "Kringlooplaan",
)


@dataclass(frozen=True)
class DemoEnterprise:
    name: str
    legal_form: str
    sectors: tuple[str, ...]
    labels: tuple[str, ...]
    municipality: str
    nl: str
    fr: str | None
    nrc: bool = False

    @property
    def cooperative(self) -> bool:
        return self.legal_form == "cv"

    @property
    def slug(self) -> str:
        return slugify(self.name)


E = DemoEnterprise
ENTERPRISES = (
    E("Zonnewaaier", "cv", ("energie",), ("ecodynamisch",), "Gent",
      "Burgercoöperatie die zonnepanelen legt op daken van scholen en sporthallen; de leden delen in de opbrengst.",
      "Coopérative citoyenne qui pose des panneaux solaires sur les toits d'écoles et de salles de sport ; les membres en partagent le rendement.",
      nrc=True),
    E("Windkring Kempenland", "cv", ("energie",), (), "Geel",
      "Inwoners zijn samen eigenaar van twee windturbines langs het kanaal en kopen hun stroom tegen kostprijs.",
      "Des habitants possèdent ensemble deux éoliennes le long du canal et achètent leur électricité à prix coûtant.",
      nrc=True),
    E("Warmtenet De Ketel", "cv", ("energie", "wonen"), (), "Leuven",
      "Beheert een klein warmtenet voor een nieuwe wijk, gevoed met restwarmte en houtsnippers uit het eigen groenbeheer.",
      "Gère un petit réseau de chaleur pour un nouveau quartier, alimenté par de la chaleur résiduelle et des plaquettes de bois issues de l'entretien des espaces verts."),
    E("Akkerbond Haspengouw", "cv", ("voeding-landbouw",), ("bio",), "Sint-Truiden",
      "Fruittelers en consumenten zijn samen eigenaar van een biologische boomgaard en een hoevewinkel.",
      "Arboriculteurs et consommateurs sont copropriétaires d'un verger biologique et d'un magasin à la ferme.",
      nrc=True),
    E("Groentetas Leiemeersen", "cv", ("voeding-landbouw", "handel"), ("bio",), "Kortrijk",
      "Zelfoogstboerderij die elke week groentepakketten klaarzet voor zo'n driehonderd gezinnen.",
      "Ferme d'autocueillette qui prépare chaque semaine des paniers de légumes pour quelque trois cents ménages."),
    E("Graanschuur Pajottenland", "cv", ("voeding-landbouw",), ("bio",), "Halle",
      "Boeren, een molenaar en bakkers werken samen aan brood van lokaal graan, van zaaigoed tot boterham.",
      "Agriculteurs, meunier et boulangers s'associent pour un pain de céréales locales, de la semence à la tartine."),
    E("Woonhaven Samenhuis", "cv", ("wonen",), ("sociale-onderneming",), "Antwerpen",
      "Bewoners beheren samen hun gebouw en huren betaalbaar dankzij gedeeld eigendom.",
      "Les habitants gèrent ensemble leur immeuble et louent à prix abordable grâce à la propriété partagée."),
    E("Bouwploeg Kalkmuur", "cv", ("wonen", "werk"), ("sociale-onderneming",), "Mechelen",
      "Renoveert oude woningen met leem, kalk en hout en leidt intussen werkzoekenden op tot vakmensen.",
      "Rénove d'anciennes maisons à la chaux, à l'argile et au bois tout en formant des demandeurs d'emploi au métier."),
    E("Grondkracht Zennevallei", "cv", ("wonen",), (), "Anderlecht",
      "Koopt grond aan en onttrekt die aan speculatie, zodat gezinnen er duurzaam en betaalbaar kunnen wonen.",
      "Achète des terrains pour les soustraire à la spéculation, afin que des familles puissent s'y loger durablement et à prix abordable."),
    E("Spaarkring De Eikel", "cv", ("financien",), (), "Hasselt",
      "Coöperatief spaar- en investeringsfonds dat het geld van zijn leden in lokale duurzame projecten steekt.",
      "Fonds coopératif d'épargne et d'investissement qui place l'argent de ses membres dans des projets durables locaux.",
      nrc=True),
    E("Startkrediet Springplank", "vzw", ("financien", "werk"), ("sociale-onderneming",), "Schaarbeek",
      "Geeft kleine leningen en begeleiding aan starters die bij een gewone bank geen krediet krijgen.",
      "Accorde de petits prêts et un accompagnement aux personnes qui se lancent sans accès au crédit bancaire."),
    E("Onderlinge Dijkwacht", "cv", ("financien",), ("b-corp",), "Brugge",
      "Kleine onderlinge verzekeraar voor woning en gezin, waar de verzekerden ook mede-eigenaar zijn.",
      "Petite mutuelle qui assure le logement et la famille, et dont les assurés sont aussi copropriétaires."),
    E("Zorgkring Het Ankertje", "cv", ("zorg-welzijn",), ("sociale-onderneming",), "Aalst",
      "Thuisverpleegkundigen die samen een coöperatie vormen, de zorg in eigen handen houden en de administratie delen.",
      "Des infirmiers à domicile réunis en coopérative, qui gardent la maîtrise des soins et partagent l'administration."),
    E("Huiskamer De Lindeboom", "vzw", ("zorg-welzijn",), (), "Genk",
      "Ontmoetingshuis waar ouderen uit de buurt elke dag terechtkunnen voor een warme maaltijd en gezelschap.",
      "Maison de rencontre où les aînés du quartier trouvent chaque jour un repas chaud et de la compagnie."),
    E("Zorgboerderij Kruidenhof", "cv", ("zorg-welzijn", "voeding-landbouw"), ("bio",), "Tielt",
      "Boerderij waar mensen met een zorgvraag meewerken in de moestuin en bij de dieren.",
      "Ferme où des personnes ayant besoin de soins participent au potager et s'occupent des animaux."),
    E("Deelwiel Etterbeek", "cv", ("mobiliteit",), ("ecodynamisch",), "Etterbeek",
      "Deelt elektrische bakfietsen en auto's met de buurt via een eenvoudige app.",
      "Partage des vélos-cargos électriques et des voitures avec le quartier grâce à une application simple."),
    E("Fietskoeriers Scheldekaai", "cv", ("mobiliteit", "handel"), (), "Antwerpen",
      "Koerierscoöperatie die pakjes in de binnenstad uitstootvrij met de fiets levert.",
      "Coopérative de coursiers qui livre les colis du centre-ville à vélo, sans émissions."),
    E("Autodelen Demervallei", "cv", ("mobiliteit",), (), "Diest",
      "Inwoners delen een vloot van tien wagens: ze rijden minder, maar niet minder vrij.",
      None),
    E("Drukkerij Letterzetter", "cv", ("cultuur-media",), ("ecodynamisch",), "Oudenaarde",
      "Kleine drukkerij met plantaardige inkt en gerecycleerd papier, in handen van haar werknemers.",
      "Petite imprimerie aux encres végétales et au papier recyclé, détenue par ses travailleurs."),
    E("Filmhuis Achterzaal", "cv", ("cultuur-media", "horeca-toerisme"), (), "Turnhout",
      "Buurtbioscoop die overeind blijft dankzij meer dan duizend coöperanten.",
      "Cinéma de quartier qui survit grâce à plus de mille coopérateurs."),
    E("Stadsradio Golflengte", "vzw", ("cultuur-media",), (), "Sint-Jans-Molenbeek",
      "Tweetalige buurtradio waar jongeren leren programma's te maken en te presenteren.",
      "Radio de quartier bilingue où des jeunes apprennent à réaliser et à présenter des émissions."),
    E("Buurtsuper De Volle Mand", "cv", ("handel", "voeding-landbouw"), ("bio", "fairtrade"), "Sint-Niklaas",
      "Coöperatieve supermarkt waar de leden een paar uur per maand meewerken en lokaal en eerlijk inkopen.",
      "Supermarché coopératif où les membres travaillent quelques heures par mois et achètent local et équitable."),
    E("Wereldkraam Kaffaweg", "cv", ("handel",), ("fairtrade",), "Leuven",
      "Koopt koffie en cacao rechtstreeks bij boerencoöperaties en verkoopt ze in eigen winkels.",
      "Achète café et cacao directement à des coopératives paysannes et les vend dans ses propres boutiques."),
    E("Zonder Zak Ieper", "bv", ("handel",), ("b-corp",), "Ieper",
      "Winkel zonder verpakkingen: klanten brengen hun eigen bokalen en zakken mee.",
      "Épicerie sans emballages : les clients apportent leurs propres bocaux et sacs."),
    E("Leerwerkplaats Vakmanschap", "vzw", ("onderwijs", "werk"), ("sociale-onderneming",), "Maasmechelen",
      "Leert volwassenen een technisch beroep in een echte werkplaats, met begeleiding op maat.",
      "Forme des adultes à un métier technique dans un véritable atelier, avec un accompagnement sur mesure."),
    E("Academie Samenwerkers", "cv", ("onderwijs", "advies"), (), "Elsene",
      "Geeft opleidingen over coöperatief ondernemen, bestuur en inspraak aan starters en bestuurders.",
      "Propose des formations à l'entrepreneuriat coopératif, à la gouvernance et à la participation pour porteurs de projet et administrateurs."),
    E("Taalcafé Tweespraak", "vzw", ("onderwijs",), (), "Vilvoorde",
      "Laat nieuwkomers en Vlamingen elkaar ontmoeten om samen Nederlands te oefenen.",
      "Fait se rencontrer nouveaux arrivants et Flamands pour pratiquer ensemble le néerlandais."),
    E("Herberg De Gedeelde Tafel", "cv", ("horeca-toerisme", "voeding-landbouw"), ("bio",), "Tongeren",
      "Café-restaurant dat door zijn vaste gasten werd overgenomen en koken met seizoensgroenten centraal zet.",
      "Café-restaurant repris par ses habitués, qui met la cuisine de saison à l'honneur."),
    E("Trekkershut Polderrust", "cv", ("horeca-toerisme",), ("ecodynamisch",), "Oostende",
      "Coöperatieve camping met trekkershutten, fietsverhuur en wandelroutes door de polders.",
      "Camping coopératif avec cabanes de randonnée, location de vélos et promenades dans les polders."),
    E("Brouwerij Gildenschuim", "cv", ("horeca-toerisme", "voeding-landbouw"), (), "Lier",
      "Kleine brouwerij waar de leden mee beslissen over elk nieuw bier.",
      None),
    E("Hersteldepot Tweede Ronde", "vzw", ("kringloop", "werk"), ("maatwerkbedrijf",), "Roeselare",
      "Haalt meubels en toestellen op, herstelt ze en verkoopt ze opnieuw, met werk voor wie moeilijk aan de slag raakt.",
      "Collecte meubles et appareils, les répare et les revend, en offrant un emploi à des personnes éloignées du marché du travail."),
    E("Repaircoop Schroefje", "cv", ("kringloop", "onderwijs"), (), "Berchem",
      "Herstelt laptops en smartphones en leert bezoekers in workshops zelf repareren.",
      "Répare ordinateurs portables et smartphones et apprend aux visiteurs à réparer eux-mêmes lors d'ateliers."),
    E("Textielwerf Draadkracht", "cv", ("kringloop", "handel"), ("sociale-onderneming",), "Ronse",
      "Maakt van afgedankt textiel nieuwe tassen en kleding, in een atelier in een oude weverij.",
      "Transforme des textiles usagés en sacs et vêtements neufs, dans un atelier installé dans un ancien tissage."),
    E("Datahaven Open Kring", "cv", ("ict",), ("b-corp",), "Gent",
      "Coöperatieve hosting voor websites en e-mail, op servers die op groene stroom draaien.",
      "Hébergement coopératif de sites web et de messagerie, sur des serveurs alimentés en électricité verte."),
    E("Codecollectief Bitveld", "cv", ("ict", "advies"), (), "Hasselt",
      "Ontwikkelaars die samen opensourcesoftware bouwen voor verenigingen en lokale besturen.",
      "Des développeurs qui créent ensemble des logiciels libres pour les associations et les pouvoirs locaux."),
    E("Digitaal Buurthuis Jette", "vzw", ("ict", "onderwijs"), ("sociale-onderneming",), "Jette",
      "Helpt buurtbewoners op weg met computer, smartphone en onlineformulieren.",
      "Aide les habitants du quartier à se servir de l'ordinateur, du smartphone et des formulaires en ligne."),
    E("Adviesbureau Gedeelde Grond", "cv", ("advies",), (), "Brussel",
      "Begeleidt groepen die een coöperatie willen oprichten, van ondernemingsplan tot statuten.",
      "Accompagne les groupes qui veulent créer une coopérative, du plan d'entreprise aux statuts.",
      nrc=True),
    E("Boekhoudcoöperatie Evenwicht", "cv", ("advies", "financien"), (), "Lokeren",
      "Boekhouders die als coöperatie werken en vooral sociale ondernemingen en vzw's bijstaan.",
      "Des comptables réunis en coopérative, au service surtout des entreprises sociales et des ASBL."),
    E("Ontwerpcollectief Vormkracht", "cv", ("advies", "cultuur-media"), ("b-corp",), "Kortrijk",
      "Grafisch en ruimtelijk ontwerp voor organisaties met een maatschappelijke opdracht.",
      "Design graphique et aménagement d'espaces pour des organisations porteuses d'une mission de société."),
    E("Schoonmaakcoöperatie Glansrijk", "cv", ("werk",), ("sociale-onderneming",), "Sint-Gillis",
      "Schoonmakers die samen eigenaar zijn van hun bedrijf en mee beslissen over uurroosters en lonen.",
      None),
    E("Groendienst De Knotwilg", "vzw", ("werk", "kringloop"), ("maatwerkbedrijf",), "Lommel",
      "Maatwerkbedrijf dat parken en bermen onderhoudt en het maaisel laat composteren.",
      "Entreprise de travail adapté qui entretient parcs et accotements et composte les déchets de fauche."),
    E("Atelier Houtwerk Demer", "vzw", ("werk", "handel"), ("maatwerkbedrijf",), "Aarschot",
      "Werkplaats waar mensen met een beperking houten speelgoed maken en verkopen.",
      "Atelier où des personnes en situation de handicap fabriquent et vendent des jouets en bois."),
)  # fmt: skip


# kind of place: (Dutch, French) opening hours
OPENING_HOURS = {
    "shop": (
        "Maandag tot vrijdag: 9.00–18.00 uur\nZaterdag: 9.00–17.00 uur\n"
        "Zondag: gesloten",
        "Du lundi au vendredi : de 9 h à 18 h\nSamedi : de 9 h à 17 h\n"
        "Dimanche : fermé",
    ),
    "hospitality": (
        "Woensdag tot zondag: 11.00–22.00 uur\nMaandag en dinsdag: gesloten",
        "Du mercredi au dimanche : de 11 h à 22 h\nLundi et mardi : fermé",
    ),
    "workshop": (
        "Dinsdag tot zaterdag: 10.00–17.00 uur",
        "Du mardi au samedi : de 10 h à 17 h",
    ),
    "care": (
        "Elke dag bereikbaar van 8.00 tot 20.00 uur",
        "Joignable tous les jours de 8 h à 20 h",
    ),
    "office": (
        "Maandag tot vrijdag: 9.00–12.30 en 13.30–17.00 uur",
        "Du lundi au vendredi : de 9 h à 12 h 30 et de 13 h 30 à 17 h",
    ),
}
# The kind of place of an enterprise follows its first sector; others are offices.
PLACE_KIND = {
    "handel": "shop",
    "voeding-landbouw": "shop",
    "horeca-toerisme": "hospitality",
    "kringloop": "workshop",
    "zorg-welzijn": "care",
}


def has_logo(position: int) -> bool:
    return position % 3 != 2


def opening_hours(position: int, data: DemoEnterprise) -> tuple[str, str]:
    """Dutch and French opening hours, or two empty texts for one in five."""
    if position % 5 == 4:
        return "", ""
    return OPENING_HOURS[PLACE_KIND.get(data.sectors[0], "office")]


def _terms(model, slugs, locale):
    return list(model.objects.filter(locale=locale, slug__in=slugs))


def enterprise_fields(position: int, data: DemoEnterprise) -> dict:
    """The shared fields of one demo enterprise, coordinates spread a little."""
    postcode, latitude, longitude = MUNICIPALITIES[data.municipality]
    shift = ((position % 5) - 2) * 0.0015, ((position % 7) - 3) * 0.0015
    return {
        "name": data.name,
        "slug": data.slug,
        "legal_form": data.legal_form,
        "cooperative": data.cooperative,
        "nrc_accredited": data.nrc,
        "street": f"{STREETS[position % len(STREETS)]} {position + 1}",
        "postcode": postcode,
        "municipality": data.municipality,
        "latitude": round(latitude + shift[0], 5),
        "longitude": round(longitude + shift[1], 5),
        "website": f"https://{data.slug}.example.org/",
        "email": f"info@{data.slug}.example.org",
        "phone": "" if position % 4 == 3 else f"+32 2 000 10 {position:02d}",
        "is_demo": True,
    }


def build_enterprises(ctx: DemoContext) -> None:
    """Create the missing demo enterprises, published in both languages."""
    dutch = ctx.locales[SOURCE_LANGUAGE]
    existing = set(
        Enterprise.objects.filter(
            locale=dutch, slug__in=[e.slug for e in ENTERPRISES]
        ).values_list("slug", flat=True)
    )
    for position, data in enumerate(ENTERPRISES):
        if data.slug in existing:
            continue
        dutch_hours, french_hours = opening_hours(position, data)
        enterprise = Enterprise(
            locale=dutch,
            translation_key=demo_key(f"enterprise:{data.slug}"),
            description=f"{data.nl} {NOTICE['nl']}",
            opening_hours=dutch_hours,
            logo=ctx.get("image", logo_key(data.slug)),
            live=False,
            **enterprise_fields(position, data),
        )
        enterprise.sectors.set(_terms(Sector, data.sectors, dutch))
        enterprise.labels.set(_terms(Label, data.labels, dutch))
        enterprise.save()
        # Publishing makes the French version (directory.signals → sharing).
        enterprise.save_revision().publish()
        if data.fr or french_hours:
            french = Enterprise.objects.get(
                translation_key=enterprise.translation_key, locale=ctx.locales["fr"]
            )
            if data.fr:
                french.description = f"{data.fr} {NOTICE['fr']}"
            french.opening_hours = french_hours
            french.save()  # saved, not updated in bulk: the search index follows
        ctx.created["enterprises"] += len(ctx.locales)  # both versions
