"""Counting what visitors search for, without keeping anything personal.

Only the normalised words are counted per day (Wagtail's search-promotions Query):
no address, user, session or time of day. Queries that look like an e-mail address
or a phone number are not counted at all.
"""

import re

from wagtail.contrib.search_promotions.models import Query

MAX_LOGGED_LENGTH = 100
PERSONAL = re.compile(r"@|\d[\d\s./-]{5,}\d")


def normalise(query: str) -> str:
    return " ".join(query.lower().split())[:MAX_LOGGED_LENGTH]


def log_query(query: str) -> None:
    words = normalise(query)
    if words and not PERSONAL.search(words):
        Query.get(words).add_hit()
