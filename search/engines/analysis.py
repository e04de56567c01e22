"""Index settings of each language: stemming, stop words, accent folding."""

# The guide pages through every hit (from + size); the engine's default stops at
# 10,000. Beyond the guide's size at 50,000 enterprises a language, with room.
MAX_RESULT_WINDOW = 500_000

FOLDING = ["lowercase", "asciifolding"]

LANGUAGE_FILTERS = {
    "nl": {
        "filters": {
            "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
            "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
        },
        "chain": [*FOLDING, "dutch_stop", "dutch_stemmer"],
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
