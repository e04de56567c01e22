"""The general pages: home, mission, membership, about, partners, services,
the MeMO guide, contact, the accessibility and privacy statements, in Dutch and
French."""

from directory.models import GuidePage
from home.demo_content.context import DemoContext, Ref, document, page, picture
from home.demo_content.people import PEOPLE
from home.demo_content.translated import PageSpec, ensure_pages
from home.models import ContentPage, FormPage, HomePage, ServiceIndexPage, ServicePage

# Placeholders an editor replaces in the settings: an example street, a mail
# domain reserved for examples and a Brussels number range that is not given out.
CONTACT_EMAIL = "info@coopkracht.example"
CONTACT_ADDRESS = ("Voorbeeldstraat 1", "1000 Brussel")
CONTACT_PHONE = "+32 2 000 00 00"
BOARD = [Ref("person", key) for key in PEOPLE]
SERVICES = ("kennis-delen", "beleid", "sensibilisering", "ondersteuning")


def call_to_action(heading: str, text: str, label: str, target: str = "contact"):
    return (
        "call_to_action",
        {
            "heading": heading,
            "text": text,
            "link": {"page": page(target), "url": "", "label": label},
        },
    )


HOME = PageSpec(
    key="home",
    model=HomePage,
    parent=None,
    nl={
        "title": "Coopkracht",
        "slug": "nl",
        "intro": (
            "Coopkracht is het netwerk voor coöperatief ondernemen in Vlaanderen. "
            "We brengen coöperaties samen, maken ze sterker en tonen dat samen "
            "ondernemen een kracht is die meer aandacht verdient."
        ),
        "hero_image": Ref("image", "home"),
        "guide_heading": "Vind mens- en milieuvriendelijke ondernemingen",
        "guide_text": (
            "De MeMO-gids toont coöperaties en andere mens- en milieuvriendelijke "
            "ondernemingen in Vlaanderen en Brussel. Zoek op naam, sector, label "
            "of in je buurt."
        ),
    },
    fr={
        "title": "Coopkracht",
        "slug": "fr",
        "intro": (
            "Coopkracht est le réseau de l'entrepreneuriat coopératif en Flandre. "
            "Nous rassemblons les coopératives, nous les rendons plus fortes et "
            "nous montrons qu'entreprendre ensemble est une force qui mérite plus "
            "d'attention."
        ),
        "guide_heading": (
            "Trouvez des entreprises respectueuses des personnes et de l'environnement"
        ),
        "guide_text": (
            "Le guide MeMO présente des coopératives et d'autres entreprises "
            "respectueuses des personnes et de l'environnement en Flandre et à "
            "Bruxelles. Cherchez par nom, par secteur, par label ou près de chez vous."
        ),
    },
    later={
        language: {
            "featured_services": [("service", page(key)) for key in SERVICES],
            "guide_page": page("memo-gids"),
        }
        for language in ("nl", "fr")
    },
)

MISSION = PageSpec(
    key="missie-en-visie",
    model=ContentPage,
    parent="home",
    nl={
        "title": "Missie en visie",
        "slug": "missie-en-visie",
        "intro": "Waarom Coopkracht bestaat, waar we naartoe willen en hoe we met anderen samenwerken.",
        "body": [
            ("heading", {"text": "Onze drijfveer", "level": "2"}),
            (
                "paragraph",
                "<p>We dromen van een samenleving die boven zichzelf uitgroeit. Een "
                "samenleving waarin de taart eerst anders gebakken wordt, zodat ze "
                "nadien ook anders verdeeld kan worden: waarde ontstaat er op een "
                "andere manier en wordt niet alleen herverdeeld.</p>"
                "<p>Een coöperatie moet binnen ieders bereik liggen, in elke sector die "
                "je maar kunt bedenken. Door inspraak en dienend leiderschap bereiken "
                "mensen samen wat ze nooit hadden durven dromen. Persoonlijke groei en "
                "maatschappelijke ontwikkeling gaan daarbij hand in hand.</p>",
            ),
            ("heading", {"text": "Wat we doen", "level": "2"}),
            (
                "paragraph",
                "<p>We verbinden, inspireren en helpen mensen op weg naar een nieuw "
                "coöperatief bewustzijn: waardegedreven ondernemen in de geest van de "
                "principes van de Internationale Coöperatieve Alliantie (ICA).</p>",
            ),
            ("image", {"image": picture("missie"), "caption": ""}),
            ("heading", {"text": "Onze relatiewaarden", "level": "2"}),
            (
                "paragraph",
                "<ul><li><b>Samenwerkend</b>: we bouwen samen, met onze leden en "
                "partners.</li><li><b>Toekomstgericht</b>: we kijken verder dan "
                "vandaag.</li><li><b>Globaal perspectief</b>: we denken over grenzen "
                "en sectoren heen.</li><li><b>Ongebonden</b>: we zijn onafhankelijk en "
                "willen dat blijven.</li></ul>",
            ),
            (
                "quote",
                {
                    "quote": "Coopkracht steunt, sterkt en stuwt coöperatief ondernemen.",
                    "attribution": "Onze krachtlijn",
                },
            ),
        ],
    },
    fr={
        "title": "Mission et vision",
        "slug": "mission-et-vision",
        "intro": "Pourquoi Coopkracht existe, où nous voulons aller et comment nous travaillons avec les autres.",
        "body": [
            ("heading", {"text": "Ce qui nous anime", "level": "2"}),
            (
                "paragraph",
                "<p>Nous rêvons d'une société qui se dépasse. Une société où le gâteau "
                "est d'abord cuit autrement, pour pouvoir ensuite être partagé "
                "autrement : la valeur y naît d'une autre manière, elle n'est pas "
                "seulement redistribuée.</p>"
                "<p>Une coopérative doit être à la portée de chacun, dans tous les "
                "secteurs imaginables. Grâce à la participation et à un leadership au "
                "service des autres, les gens atteignent ensemble ce qu'ils n'auraient "
                "jamais osé rêver. Épanouissement personnel et développement de la "
                "société vont de pair.</p>",
            ),
            ("heading", {"text": "Ce que nous faisons", "level": "2"}),
            (
                "paragraph",
                "<p>Nous relions, inspirons et accompagnons les gens vers une nouvelle "
                "conscience coopérative : entreprendre selon des valeurs, dans l'esprit "
                "des principes de l'Alliance coopérative internationale (ACI).</p>",
            ),
            ("image", {"image": picture("missie"), "caption": ""}),
            ("heading", {"text": "Nos valeurs relationnelles", "level": "2"}),
            (
                "paragraph",
                "<ul><li><b>Coopératifs</b> : nous construisons ensemble, avec nos "
                "membres et nos partenaires.</li><li><b>Tournés vers l'avenir</b> : "
                "nous regardons plus loin qu'aujourd'hui.</li><li><b>Perspective "
                "globale</b> : nous pensons au-delà des frontières et des "
                "secteurs.</li><li><b>Indépendants</b> : nous ne sommes liés à "
                "personne et voulons le rester.</li></ul>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Coopkracht soutient, renforce et propulse l'entrepreneuriat "
                        "coopératif."
                    ),
                    "attribution": "Notre ligne de force (steunen, sterken, stuwen)",
                },
            ),
        ],
    },
)

CONTACT = PageSpec(
    key="contact",
    model=FormPage,
    parent="home",
    nl={
        "title": "Contact",
        "slug": "contact",
        "intro": (
            "<p>Een vraag over coöperatief ondernemen, over het lidmaatschap of over "
            "de MeMO-gids? Laat een bericht achter; we antwoorden zo snel mogelijk.</p>"
        ),
        "thank_you_text": "<p>Bedankt voor je bericht. We nemen snel contact met je op.</p>",
        "to_address": CONTACT_EMAIL,
        "from_address": CONTACT_EMAIL,
        "subject": "Bericht via de website",
        "form_fields": [
            {"label": "Naam", "field_type": "singleline", "required": True},
            {"label": "E-mailadres", "field_type": "email", "required": True},
            {
                "label": "Onderwerp",
                "field_type": "dropdown",
                "required": False,
                "choices": "Lidmaatschap\nMeMO-gids\nAndere vraag",
            },
            {"label": "Bericht", "field_type": "multiline", "required": True},
        ],
    },
    fr={
        "title": "Contact",
        "slug": "contact",
        "intro": (
            "<p>Une question sur l'entrepreneuriat coopératif, l'adhésion ou le guide "
            "MeMO ? Laissez-nous un message ; nous répondons dès que possible.</p>"
        ),
        "thank_you_text": "<p>Merci pour votre message. Nous vous répondrons rapidement.</p>",
        "subject": "Message via le site web",
        "form_fields": [
            {"label": "Nom"},
            {"label": "Adresse e-mail"},
            {"label": "Sujet", "choices": "Adhésion\nGuide MeMO\nAutre question"},
            {"label": "Message"},
        ],
    },
)

MEMBERSHIP = PageSpec(
    key="lidmaatschap",
    model=ContentPage,
    parent="home",
    nl={
        "title": "Lidmaatschap",
        "slug": "lidmaatschap",
        "intro": "Word lid van Coopkracht en sluit aan bij een netwerk van coöperaties uit veertien sectoren.",
        "body": [
            ("heading", {"text": "Waarom lid worden?", "level": "2"}),
            (
                "paragraph",
                "<p>Als lid ontmoet je andere coöperatieve ondernemers, deel je kennis "
                "en ervaring en bouw je mee aan een gedeelde visie. Samen geven we "
                "coöperatief ondernemen een stem bij overheden en in "
                "overlegorganen.</p><ul><li>uitwisseling met coöperaties uit veertien "
                "sectoren, live en online;</li><li>meer zichtbaarheid, onder meer in de "
                "MeMO-gids;</li><li>steun bij de dagelijkse werking van je "
                "coöperatie.</li></ul>",
            ),
            ("heading", {"text": "Voor wie?", "level": "2"}),
            (
                "paragraph",
                "<p>Voor coöperaties en andere ondernemingen die mens- en "
                "milieuvriendelijk willen ondernemen en de coöperatieve principes "
                "delen, in welke sector ook.</p>",
            ),
            call_to_action(
                "Interesse?",
                "Vertel ons wie je bent en wat je onderneming doet; we nemen contact met je op.",
                "Neem contact op",
            ),
        ],
    },
    fr={
        "title": "Adhésion",
        "slug": "adhesion",
        "intro": "Devenez membre de Coopkracht et rejoignez un réseau de coopératives issues de quatorze secteurs.",
        "body": [
            ("heading", {"text": "Pourquoi devenir membre ?", "level": "2"}),
            (
                "paragraph",
                "<p>En tant que membre, vous rencontrez d'autres entrepreneurs "
                "coopératifs, vous partagez connaissances et expériences et vous "
                "contribuez à une vision commune. Ensemble, nous faisons entendre la "
                "voix de l'entrepreneuriat coopératif auprès des pouvoirs publics et "
                "dans les organes de concertation.</p><ul><li>des échanges avec des "
                "coopératives de quatorze secteurs, en personne et en ligne ;</li>"
                "<li>plus de visibilité, notamment dans le guide MeMO ;</li><li>un "
                "soutien dans le fonctionnement quotidien de votre coopérative.</li></ul>",
            ),
            ("heading", {"text": "Pour qui ?", "level": "2"}),
            (
                "paragraph",
                "<p>Pour les coopératives et les autres entreprises qui veulent "
                "entreprendre dans le respect des personnes et de l'environnement et "
                "qui partagent les principes coopératifs, quel que soit leur "
                "secteur.</p>",
            ),
            call_to_action(
                "Intéressé ?",
                "Dites-nous qui vous êtes et ce que fait votre entreprise ; nous vous recontacterons.",
                "Contactez-nous",
            ),
        ],
    },
)

ABOUT = PageSpec(
    key="over-ons",
    model=ContentPage,
    parent="home",
    nl={
        "title": "Over ons",
        "slug": "over-ons",
        "intro": "Coopkracht vzw is het netwerk voor coöperatief ondernemen in Vlaanderen, met leden uit veertien sectoren.",
        "body": [
            ("heading", {"text": "Onze geschiedenis", "level": "2"}),
            (
                "paragraph",
                "<ul><li><b>2008</b>: Coopkracht begint als feitelijke "
                "vereniging.</li><li><b>2009</b>: de Nationale Raad voor de Coöperatie "
                "(NRC) erkent Coopkracht.</li><li><b>2017</b>: Coopkracht wordt een "
                "volwaardige vzw.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Volgens haar statuten wil de vzw mens- en milieuvriendelijk "
                "ondernemen en consumeren in Vlaanderen stimuleren, vooral door "
                "coöperatief ondernemen te promoten en te ondersteunen. We werken nauw "
                "samen met Cera en Febecoop en spelen een actieve rol in de NRC.</p>"
                "<p>We brengen coöperaties met elkaar in contact, en met het bredere "
                "sociale en economische veld, om te tonen dat coöperatief werken een "
                "kracht is die meer aandacht verdient. We beheren ook de MeMO-gids, de "
                "online databank van mens- en milieuvriendelijke ondernemingen in "
                "Vlaanderen en Brussel.</p>",
            ),
            ("heading", {"text": "Bestuur", "level": "2"}),
            (
                "paragraph",
                "<p>Coopkracht wordt gestuurd door de leden van het bestuursorgaan, "
                "onder voorzitterschap van Marc Bosschaert. De andere bestuursleden "
                "op deze pagina zijn verzonnen voor de demo.</p>",
            ),
            ("people", {"heading": "", "people": BOARD}),
            (
                "documents",
                {
                    "heading": "Documenten",
                    "documents": [
                        {
                            "document": document("jaarverslag-2021"),
                            "label": "Jaarverslag 2021",
                        },
                        {
                            "document": document("statuten"),
                            "label": "Statuten van Coopkracht vzw",
                        },
                    ],
                },
            ),
        ],
    },
    fr={
        "title": "À propos",
        "slug": "a-propos",
        "intro": "Coopkracht asbl est le réseau de l'entrepreneuriat coopératif en Flandre, avec des membres issus de quatorze secteurs.",
        "body": [
            ("heading", {"text": "Notre histoire", "level": "2"}),
            (
                "paragraph",
                "<ul><li><b>2008</b> : Coopkracht naît sous la forme d'une "
                "association de fait.</li><li><b>2009</b> : le Conseil National de la "
                "Coopération (CNC) agrée Coopkracht.</li><li><b>2017</b> : Coopkracht "
                "devient une ASBL à part entière.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Selon ses statuts, l'association veut encourager en Flandre une "
                "manière d'entreprendre et de consommer respectueuse des personnes et "
                "de l'environnement, en particulier en promouvant et en soutenant "
                "l'entrepreneuriat coopératif. Nous collaborons étroitement avec Cera "
                "et Febecoop et jouons un rôle actif au sein du CNC.</p>"
                "<p>Nous mettons les coopératives en relation entre elles et avec le "
                "monde social et économique au sens large, pour montrer que le travail "
                "coopératif est une force qui mérite plus d'attention. Nous gérons "
                "aussi le guide MeMO, la base de données en ligne des entreprises "
                "respectueuses des personnes et de l'environnement en Flandre et à "
                "Bruxelles.</p>",
            ),
            ("heading", {"text": "Administration", "level": "2"}),
            (
                "paragraph",
                "<p>Coopkracht est dirigée par les membres de son organe "
                "d'administration, présidé par Marc Bosschaert. Les autres "
                "administrateurs présentés sur cette page sont fictifs.</p>",
            ),
            ("people", {"heading": "", "people": BOARD}),
            (
                "documents",
                {
                    "heading": "Documents",
                    "documents": [
                        {
                            "document": document("jaarverslag-2021"),
                            "label": "Rapport annuel 2021 (en néerlandais)",
                        },
                        {
                            "document": document("statuten"),
                            "label": "Statuts de Coopkracht asbl (en néerlandais)",
                        },
                    ],
                },
            ),
        ],
    },
)

PARTNER_KEYS = ("cera", "febecoop", "nrc", "serv", "trividend", "cooperatives-europe")

PARTNERS = PageSpec(
    key="partners",
    model=ContentPage,
    parent="home",
    nl={
        "title": "Partners",
        "slug": "partners",
        "intro": "Met deze organisaties geven we coöperatief ondernemen een stem en een stevige basis.",
        "body": [
            (
                "partners",
                {
                    "heading": "",
                    "partners": [Ref("partner", key) for key in PARTNER_KEYS],
                },
            ),
        ],
    },
    fr={
        "title": "Partenaires",
        "slug": "partenaires",
        "intro": "Avec ces organisations, nous donnons une voix et une base solide à l'entrepreneuriat coopératif.",
        "body": [
            (
                "partners",
                {
                    "heading": "",
                    "partners": [Ref("partner", key) for key in PARTNER_KEYS],
                },
            ),
        ],
    },
)

SERVICE_INDEX = PageSpec(
    key="dienstverlening",
    model=ServiceIndexPage,
    parent="home",
    nl={
        "title": "Dienstverlening",
        "slug": "dienstverlening",
        "intro": (
            "Wat Coopkracht voor coöperaties doet: kennis delen, het beleid "
            "beïnvloeden, sensibiliseren en ondersteunen."
        ),
    },
    fr={
        "title": "Services",
        "slug": "services",
        "intro": (
            "Ce que Coopkracht fait pour les coopératives : partager des "
            "connaissances, influencer les politiques, sensibiliser et soutenir."
        ),
    },
)

# key: (Dutch (title, slug, intro, body), French (title, slug, intro, body)); each
# has an illustration of the same key
SERVICE_TEXTS = {
    "kennis-delen": (
        (
            "Kennis delen en ontwikkelen",
            "kennis-delen",
            "We brengen coöperaties samen, live en online, om kennis en ervaring uit te wisselen.",
            "<p>Coöperaties leren het meest van elkaar. Daarom brengen we ze samen, "
            "in levende lijve en online: ze wisselen kennis en ervaring uit, maken "
            "elkaar sterker en zetten samenwerking tussen coöperaties op gang. Zo "
            "bouwen we ook aan een gedeelde visie op coöperatief ondernemen.</p>",
        ),
        (
            "Partager et développer les connaissances",
            "partage-de-connaissances",
            "Nous réunissons les coopératives, en personne et en ligne, pour échanger savoirs et expériences.",
            "<p>Les coopératives apprennent avant tout les unes des autres. C'est "
            "pourquoi nous les réunissons, en personne et en ligne : elles échangent "
            "connaissances et expériences, se renforcent mutuellement et lancent des "
            "collaborations entre elles. Nous construisons ainsi une vision commune "
            "de l'entrepreneuriat coopératif.</p>",
        ),
    ),
    "beleid": (
        (
            "Beleidsbeïnvloeding",
            "beleidsbeinvloeding",
            "We zijn gesprekspartner van overheden en doen beleidsvoorstellen in het voordeel van coöperaties.",
            "<p>We praten met overheden en formuleren beleidsvoorstellen die "
            "coöperatieve ondernemingen vooruithelpen. In overlegorganen "
            "vertegenwoordigen we de coöperaties:</p><ul><li><b>federaal</b>: "
            "Coopkracht was lid van het bureau en de algemene vergadering van de "
            "Nationale Raad voor de Coöperatie (NRC);</li><li><b>Vlaams</b>: in de "
            "Sociaal-Economische Raad van Vlaanderen (SERV), bij het "
            "participatiefonds Trividend en in de klankbordgroep van het Vlaamse "
            "ministerie van Werk en Sociale Economie;</li><li><b>Europees</b>: via "
            "geregeld contact met Cooperatives Europe, de koepel van coöperaties op "
            "Europees niveau.</li></ul>",
        ),
        (
            "Influence politique",
            "influence-politique",
            "Nous dialoguons avec les pouvoirs publics et formulons des propositions en faveur des coopératives.",
            "<p>Nous dialoguons avec les pouvoirs publics et formulons des "
            "propositions politiques qui font avancer les entreprises coopératives. "
            "Nous représentons les coopératives dans des organes de "
            "concertation :</p><ul><li><b>au niveau fédéral</b> : Coopkracht a été "
            "membre du bureau et de l'assemblée générale du Conseil National de la "
            "Coopération (CNC) ;</li><li><b>au niveau flamand</b> : au Conseil "
            "socio-économique de la Flandre (SERV), auprès du fonds de participation "
            "Trividend et dans le groupe de réflexion du ministère flamand de "
            "l'Emploi et de l'Économie sociale ;</li><li><b>au niveau européen</b> : "
            "par des contacts réguliers avec Cooperatives Europe, l'organisation "
            "faîtière des coopératives en Europe.</li></ul>",
        ),
    ),
    "sensibilisering": (
        (
            "Sensibilisering",
            "sensibilisering",
            "We maken waardegedreven coöperaties zichtbaar bij beleidsmakers, onderwijs, pers en instellingen.",
            "<p>Coöperatief ondernemen verdient meer aandacht. We stellen "
            "waardegedreven coöperatieve ondernemingen voor aan beleidsmakers, aan "
            "het onderwijs, aan de pers en aan instellingen, en tonen wat ze "
            "betekenen voor hun leden en hun omgeving.</p>",
        ),
        (
            "Sensibilisation",
            "sensibilisation",
            "Nous faisons connaître les coopératives fondées sur des valeurs auprès des décideurs, de l'enseignement, de la presse et des institutions.",
            "<p>L'entrepreneuriat coopératif mérite plus d'attention. Nous "
            "présentons les entreprises coopératives fondées sur des valeurs aux "
            "décideurs politiques, au monde de l'enseignement, à la presse et aux "
            "institutions, et nous montrons ce qu'elles apportent à leurs membres et "
            "à leur environnement.</p>",
        ),
    ),
    "ondersteuning": (
        (
            "Ondersteuning",
            "ondersteuning",
            "Een dienstenaanbod dat coöperaties helpt in hun dagelijkse werking.",
            "<p>Een coöperatie leiden vraagt meer dan een goed idee. Met ons "
            "dienstenaanbod staan we coöperaties bij in hun dagelijkse werking, "
            "zodat ze zich kunnen toeleggen op wat ze samen willen bereiken.</p>",
        ),
        (
            "Accompagnement",
            "accompagnement",
            "Une offre de services qui aide les coopératives dans leur fonctionnement quotidien.",
            "<p>Diriger une coopérative demande plus qu'une bonne idée. Notre offre "
            "de services soutient les coopératives dans leur fonctionnement "
            "quotidien, pour qu'elles puissent se consacrer à ce qu'elles veulent "
            "réaliser ensemble.</p>",
        ),
    ),
}

CTA_TEXTS = {
    "nl": (
        "Vragen over onze diensten?",
        "We helpen je graag verder.",
        "Neem contact op",
    ),
    "fr": (
        "Des questions sur nos services ?",
        "Nous vous aidons volontiers.",
        "Contactez-nous",
    ),
}


def service_spec(key: str, nl: tuple, fr: tuple) -> PageSpec:
    def values(texts, language):
        title, slug, intro, body = texts
        return {
            "title": title,
            "slug": slug,
            "intro": intro,
            "body": [
                ("image", {"image": picture(key), "caption": ""}),
                ("paragraph", body),
                call_to_action(*CTA_TEXTS[language]),
            ],
        }

    return PageSpec(
        key=key,
        model=ServicePage,
        parent="dienstverlening",
        nl=values(nl, "nl"),
        fr=values(fr, "fr"),
    )


GUIDE = PageSpec(
    key="memo-gids",
    model=GuidePage,
    parent="home",
    nl={
        "title": "MeMO-gids",
        "slug": "memo-gids",
        "intro": (
            "<p>Zoek mens- en milieuvriendelijke ondernemingen in Vlaanderen en "
            "Brussel: op naam, sector of label, of in je buurt. <i>De ondernemingen "
            "in deze demo zijn verzonnen.</i></p>"
        ),
        "proposal_intro": (
            "<p>Hoort een onderneming in de gids thuis? Stel ze voor: onze redactie "
            "bekijkt elk voorstel voor het verschijnt.</p>"
        ),
    },
    fr={
        "title": "Guide MeMO",
        "slug": "guide-memo",
        "intro": (
            "<p>Trouvez des entreprises respectueuses des personnes et de "
            "l'environnement en Flandre et à Bruxelles : par nom, secteur ou label, "
            "ou près de chez vous. <i>Les entreprises de cette démonstration sont "
            "fictives.</i></p>"
        ),
        "proposal_intro": (
            "<p>Une entreprise a sa place dans le guide ? Proposez-la : notre "
            "rédaction examine chaque proposition avant sa publication.</p>"
        ),
    },
)

ACCESSIBILITY = PageSpec(
    key="toegankelijkheid",
    model=ContentPage,
    parent="home",
    nl={
        "title": "Toegankelijkheidsverklaring",
        "slug": "toegankelijkheid",
        "intro": (
            "Iedereen moet deze website kunnen gebruiken, ook met een schermlezer, "
            "met alleen het toetsenbord of met vergroting."
        ),
        "body": [
            ("heading", {"text": "Wat we doen", "level": "2"}),
            (
                "paragraph",
                "<ul><li>Elke pagina heeft een duidelijke structuur van koppen en "
                "vermeldt haar taal.</li><li>Alles werkt met het toetsenbord en zonder "
                "JavaScript, behalve de kaart van de MeMO-gids; de resultaten staan "
                "ook als lijst naast de kaart.</li><li>Afbeeldingen hebben een "
                "tekstalternatief of zijn als decoratief gemarkeerd.</li></ul>",
            ),
            ("heading", {"text": "Loop je ergens vast?", "level": "2"}),
            (
                "paragraph",
                "<p>We streven naar niveau AA van de Web Content Accessibility "
                "Guidelines (WCAG 2.1). Werkt iets niet zoals het hoort, laat het ons "
                "weten: we zoeken samen met jou naar een oplossing.</p>",
            ),
            call_to_action(
                "Meld een probleem",
                "Beschrijf waar je vastliep en met welk hulpmiddel.",
                "Naar het contactformulier",
            ),
        ],
    },
    fr={
        "title": "Déclaration d'accessibilité",
        "slug": "accessibilite",
        "intro": (
            "Chacun doit pouvoir utiliser ce site, y compris avec un lecteur d'écran, "
            "uniquement au clavier ou avec un agrandissement."
        ),
        "body": [
            ("heading", {"text": "Ce que nous faisons", "level": "2"}),
            (
                "paragraph",
                "<ul><li>Chaque page a une structure de titres claire et indique sa "
                "langue.</li><li>Tout fonctionne au clavier et sans JavaScript, sauf "
                "la carte du guide MeMO ; les résultats figurent aussi sous forme de "
                "liste à côté de la carte.</li><li>Les images ont une alternative "
                "textuelle ou sont marquées comme décoratives.</li></ul>",
            ),
            ("heading", {"text": "Vous êtes bloqué ?", "level": "2"}),
            (
                "paragraph",
                "<p>Nous visons le niveau AA des règles pour l'accessibilité des "
                "contenus web (WCAG 2.1). Si quelque chose ne fonctionne pas comme il "
                "le devrait, dites-le-nous : nous chercherons une solution avec "
                "vous.</p>",
            ),
            call_to_action(
                "Signaler un problème",
                "Décrivez où vous avez été bloqué et avec quel outil.",
                "Vers le formulaire de contact",
            ),
        ],
    },
)

PRIVACY = PageSpec(
    key="privacy",
    model=ContentPage,
    parent="home",
    nl={
        "title": "Privacyverklaring",
        "slug": "privacy",
        "intro": (
            "Welke persoonsgegevens Coopkracht vzw via deze website bewaart, "
            "waarom, hoe lang, en bij wie je terechtkunt met vragen."
        ),
        "body": [
            ("heading", {"text": "Het contactformulier", "level": "2"}),
            (
                "paragraph",
                "<p>Als je het contactformulier invult, bewaren we je naam, je "
                "e-mailadres en je bericht, alleen om je vraag te beantwoorden. "
                "Na twaalf maanden wissen we ze automatisch.</p>",
            ),
            ("heading", {"text": "Een onderneming aanmelden", "level": "2"}),
            (
                "paragraph",
                "<p>Wie een onderneming aanmeldt voor de MeMO-gids, kan een naam en "
                "een e-mailadres achterlaten, zodat de redactie vragen kan stellen "
                "over de aanmelding. Die gegevens wissen we na twaalf maanden. De "
                "gegevens van de onderneming zelf blijven, eens ze nagekeken zijn, "
                "openbaar in de gids.</p>",
            ),
            ("heading", {"text": "Cookies", "level": "2"}),
            (
                "paragraph",
                "<p>De website gebruikt alleen de cookies die nodig zijn om de "
                "formulieren te beveiligen. We volgen je niet en delen je gegevens "
                "met niemand.</p>",
            ),
            ("heading", {"text": "Je rechten", "level": "2"}),
            (
                "paragraph",
                "<p>Je mag je gegevens inkijken, laten verbeteren of laten wissen. "
                "Schrijf naar Coopkracht vzw, "
                f"{', '.join(CONTACT_ADDRESS)}, of mail naar {CONTACT_EMAIL}. "
                "Ben je niet tevreden over ons antwoord, dan kun je klacht indienen "
                "bij de Gegevensbeschermingsautoriteit.</p>",
            ),
        ],
    },
    fr={
        "title": "Déclaration de confidentialité",
        "slug": "vie-privee",
        "intro": (
            "Les données personnelles que Coopkracht asbl conserve par ce site, "
            "pourquoi, combien de temps, et à qui vous adresser."
        ),
        "body": [
            ("heading", {"text": "Le formulaire de contact", "level": "2"}),
            (
                "paragraph",
                "<p>Si vous remplissez le formulaire de contact, nous conservons "
                "votre nom, votre adresse e-mail et votre message, uniquement pour "
                "vous répondre. Ils sont effacés automatiquement après douze "
                "mois.</p>",
            ),
            ("heading", {"text": "Proposer une entreprise", "level": "2"}),
            (
                "paragraph",
                "<p>Qui propose une entreprise pour le guide MeMO peut laisser un nom "
                "et une adresse e-mail, pour que la rédaction puisse poser des "
                "questions sur la proposition. Ces données sont effacées après douze "
                "mois. Les données de l'entreprise elle-même restent publiques dans "
                "le guide une fois vérifiées.</p>",
            ),
            ("heading", {"text": "Cookies", "level": "2"}),
            (
                "paragraph",
                "<p>Le site n'utilise que les cookies nécessaires à la sécurité des "
                "formulaires. Nous ne vous suivons pas et ne partageons vos données "
                "avec personne.</p>",
            ),
            ("heading", {"text": "Vos droits", "level": "2"}),
            (
                "paragraph",
                "<p>Vous pouvez consulter, faire corriger ou faire effacer vos "
                "données. Écrivez à Coopkracht asbl, "
                f"{', '.join(CONTACT_ADDRESS)}, ou par e-mail à {CONTACT_EMAIL}. "
                "Si notre réponse ne vous satisfait pas, vous pouvez porter plainte "
                "auprès de l'Autorité de protection des données.</p>",
            ),
        ],
    },
)

PAGES = [
    HOME,
    CONTACT,
    MISSION,
    MEMBERSHIP,
    ABOUT,
    PARTNERS,
    SERVICE_INDEX,
    *(service_spec(key, *texts) for key, texts in SERVICE_TEXTS.items()),
    GUIDE,
    ACCESSIBILITY,
    PRIVACY,
]


def build_pages(ctx: DemoContext) -> None:
    """The general pages in both languages; the home page links to the others."""
    ensure_pages(ctx, PAGES)
