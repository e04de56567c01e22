"""The words of a query: the one being typed, and each word's singular and plural.

`last_word` is the word a visitor may still be typing, matched by its beginning.

`word_forms` gives the singular and plural forms of a word, in Dutch and French.

PostgreSQL's Snowball stemmers leave some plurals apart from their singular:
Dutch keeps an "s" after a vowel ("coöperaties" is not "coöperatie") and reads
"fiets" as "fiet" but "fietsen" as "fiets"; "bedrijven" is not "bedrijf". The
database backend therefore searches each word in all the forms written here,
each still stemmed by the language's configuration, so singular and plural
find the same records. The engine has its own analysis and does not need this.

The rules are the regular ones of both languages; a form that is not a word
finds nothing and costs nothing.
"""

# Words shorter than this are left as they are ("bus" is not a plural of "bu").
SHORTEST_STEM = 3
VOWELS = frozenset("aeiouyéèêëïöü")


def _singulars(word: str) -> set[str]:
    forms = set()
    if word.endswith("'s"):
        forms.add(word[:-2])
    if word.endswith("ën"):
        forms.add(word[:-2])  # energieën → energie
    if word.endswith("en"):
        stem = word[:-2]
        forms.add(stem)  # fietsen → fiets
        if stem.endswith("v"):
            forms.add(stem[:-1] + "f")  # bedrijven → bedrijf
        if stem.endswith("z"):
            forms.add(stem[:-1] + "s")  # huizen → huis
        if len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
            forms.add(stem[:-1])  # kassen → kas
    if word.endswith("aux"):
        forms.add(word[:-3] + "al")  # journaux → journal
    if word.endswith(("s", "x")):
        forms.add(word[:-1])  # coöperaties → coöperatie, bateaux → bateau
    return {form for form in forms if len(form) >= SHORTEST_STEM}


def _plurals(word: str) -> set[str]:
    if word.endswith(("ie", "ee")):
        return {word + "s", word + "ën"}  # coöperaties, energieën, zeeën
    if word[-1] in VOWELS:
        return {word + "s"}  # auto → autos
    forms = {word + "en", word + "s"}  # fiets → fietsen, winkel → winkels
    if word.endswith("f"):
        forms.add(word[:-1] + "ven")  # bedrijf → bedrijven
    if word.endswith("al"):
        forms.add(word[:-2] + "aux")  # journal → journaux
    return forms


def word_forms(word: str) -> list[str]:
    """`word` first, then its other singular and plural forms (lowercased)."""
    lowered = word.lower()
    if len(lowered) < SHORTEST_STEM or not lowered.isalpha() and "'" not in lowered:
        return [word]
    others = (_singulars(lowered) | _plurals(lowered)) - {lowered}
    return [word, *sorted(others)]


# The shortest beginning of a word that is matched as one ("zo" finds "zon...").
PREFIX_LETTERS = 2


def last_word(query: str) -> str:
    """The word being typed: the last one, when it is long enough to match."""
    words = query.split()
    return words[-1] if words and len(words[-1]) >= PREFIX_LETTERS else ""
