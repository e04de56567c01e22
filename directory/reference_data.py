"""The sectors and labels the guide starts with: slug, Dutch and French names."""

SECTORS = (
    ("energie", "Energie", "Énergie"),
    ("voeding-landbouw", "Voeding en landbouw", "Alimentation et agriculture"),
    ("wonen", "Wonen en bouwen", "Logement et construction"),
    ("financien", "Financiën en verzekeringen", "Finance et assurances"),
    ("zorg-welzijn", "Zorg en welzijn", "Soins et bien-être"),
    ("mobiliteit", "Mobiliteit", "Mobilité"),
    ("cultuur-media", "Cultuur en media", "Culture et médias"),
    ("handel", "Handel en distributie", "Commerce et distribution"),
    ("onderwijs", "Onderwijs en vorming", "Enseignement et formation"),
    ("horeca-toerisme", "Horeca en toerisme", "Horeca et tourisme"),
    ("kringloop", "Kringloop en hergebruik", "Réemploi et recyclage"),
    ("ict", "ICT en digitale diensten", "TIC et services numériques"),
    ("advies", "Advies en dienstverlening", "Conseil et services"),
    ("werk", "Werk en sociale economie", "Emploi et économie sociale"),
)

LABELS = (
    ("bio", "Bio", "Bio"),
    ("fairtrade", "Fairtrade", "Fairtrade"),
    ("b-corp", "B Corp", "B Corp"),
    ("ecodynamisch", "Ecodynamische onderneming", "Entreprise écodynamique"),
    ("maatwerkbedrijf", "Maatwerkbedrijf", "Entreprise de travail adapté"),
    ("sociale-onderneming", "Sociale onderneming", "Entreprise sociale"),
)
