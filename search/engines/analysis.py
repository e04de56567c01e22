"""Index settings of each language: stemming, stop words, accent folding."""

# The guide pages through every hit (from + size); the engine's default stops at
# 10,000. Beyond the guide's size at 50,000 enterprises a language, with room.
MAX_RESULT_WINDOW = 500_000

FOLDING = ["lowercase", "asciifolding"]

# Dutch writes compounds as one word ("deelfietsen", "zonnepanelen"). The engine
# ships no Dutch compound dictionary, so these parts, common in the guide's
# sectors, are split out of longer words (before stemming, in both forms where
# the stem differs) and "fiets" finds "deelfietsen".
DUTCH_WORD_PARTS = (
    "afval",
    "atelier",
    "auto",
    "bakker",
    "bakkerij",
    "bier",
    "bloem",
    "bloemen",
    "boek",
    "boeken",
    "boer",
    "boerderij",
    "bouw",
    "brood",
    "brouwerij",
    "cultuur",
    "deel",
    "drukkerij",
    "energie",
    "fiets",
    "fietsen",
    "film",
    "fruit",
    "groente",
    "groenten",
    "herstel",
    "hout",
    "huis",
    "huizen",
    "kaas",
    "kantoor",
    "kinder",
    "kleding",
    "koffie",
    "kringloop",
    "landbouw",
    "markt",
    "melk",
    "meubel",
    "meubels",
    "molen",
    "molens",
    "muziek",
    "opvang",
    "paneel",
    "panelen",
    "papier",
    "school",
    "scholen",
    "stroom",
    "theater",
    "tuin",
    "tuinen",
    "vlees",
    "voeding",
    "warmte",
    "water",
    "werk",
    "wijn",
    "wind",
    "winkel",
    "winkels",
    "woning",
    "woningen",
    "wonen",
    "zonne",
    "zorg",
    "zuivel",
)

LANGUAGE_FILTERS = {
    "nl": {
        "filters": {
            "dutch_parts": {
                "type": "dictionary_decompounder",
                "word_list": list(DUTCH_WORD_PARTS),
                "min_subword_size": 4,
                "only_longest_match": False,
            },
            "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
            "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
        },
        "chain": [*FOLDING, "dutch_parts", "dutch_stop", "dutch_stemmer"],
    },
    "fr": {
        "filters": {
            "french_elision": {
                "type": "elision",
                "articles_case": True,
                "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c"],
            },
            "french_stop": {"type": "stop", "stopwords": "_french_"},
            "french_stemmer": {"type": "stemmer", "language": "light_french"},
        },
        "chain": ["french_elision", *FOLDING, "french_stop", "french_stemmer"],
    },
}


def index_settings(language: str | None) -> dict:
    """INDEX_SETTINGS (deep-merged by modelsearch) with a `default` analyser."""
    spec = LANGUAGE_FILTERS.get(language, {"filters": {}, "chain": FOLDING})
    analysis = {
        "analyzer": {
            "default": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": spec["chain"],
            }
        }
    }
    if spec["filters"]:
        # An empty dict would replace modelsearch's own filters in the deep merge.
        analysis["filter"] = spec["filters"]
    return {
        "settings": {
            "analysis": analysis,
            "index": {"max_result_window": MAX_RESULT_WINDOW},
        }
    }
