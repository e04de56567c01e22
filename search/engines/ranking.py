"""How the engine ranks a visitor's words, beyond modelsearch's one `multi_match`.

A plain-text query matches as before (any of the words, fields weighted by their
boost), and scores more for: the whole query as a phrase of the record's name or
title (an exact name comes first), every word present (records with all the words
before those with some). Words of five letters or more also match with a typo
(one edit up to eight letters, two from nine); shorter words must be exact, as a
typo of a short word is often another word.
"""

ALL_WORDS_BOOST = 6
EXACT_NAME_BOOST = 10
TYPO_BOOST = 0.3
TYPO_FUZZINESS = "AUTO:5,9"
NAME_FIELDS = ("name", "title")


class RankingQueryCompilerMixin:
    def _name_column(self) -> str | None:
        searchable = {field.field_name: field for field in self.get_searchable_fields()}
        for name in NAME_FIELDS:
            if name in searchable:
                return self.mapping.get_field_column_name(searchable[name])
        return None

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        any_word = super()._compile_plaintext_query(query, fields, boost)
        if query.operator != "or":
            return any_word
        text = query.query_string
        columns = [field.field_name_with_boost for field in fields]
        should = [
            any_word,
            {
                "multi_match": {
                    "query": text,
                    "fields": columns,
                    "operator": "and",
                    "boost": ALL_WORDS_BOOST * boost,
                }
            },
            {
                "multi_match": {
                    "query": text,
                    "fields": columns,
                    "fuzziness": TYPO_FUZZINESS,
                    "prefix_length": 1,
                    "boost": TYPO_BOOST * boost,
                }
            },
        ]
        if name := self._name_column():
            should.append(
                {
                    "match_phrase": {
                        name: {"query": text, "boost": EXACT_NAME_BOOST * boost}
                    }
                }
            )
        return {"bool": {"should": should, "minimum_should_match": 1}}
