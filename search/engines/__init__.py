"""Search-engine backends with Dutch and French analysis.

Mechanism: one backend per language plus a default one for the admin.

* `default` indexes every object but enterprises with a language-neutral
  analyser (lowercase + accent folding). The admin and anything without a
  language use it; a search of enterprises through it runs on the fallback.
* `nl` and `fr` index only the objects of their locale, with that language's
  stemming and stop words on top of accent folding. Public searches (the guide,
  the site search) pick the backend of the visitor's language.

Why not per-field analysers: Wagtail copies every SearchField into one `_all_text`
field, so a field analyser is not what a plain search uses; the index-wide
`default` analyser is. Why not one backend per language alone: the admin searches
through `default` and must find pages of every language. A Dutch search runs on an
index holding Dutch records only, so it can never match a record by its French text.

The database backend (the fallback) keeps a single index; see `search.language`.
"""
