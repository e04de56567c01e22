"""Messages as a visitor or an operator reading a language gets them.

A message missing from the language's catalogue fails the test: the English text
would otherwise pass for the translation wherever the page shows it too.
"""

from django.utils.translation import gettext, override


def in_language(language: str, msgid: str, **values) -> str:
    """The message `msgid` in `language`, with `values` put in its placeholders."""
    with override(language):
        translated = gettext(msgid)
    assert translated != msgid, f"no {language} translation of {msgid!r}"
    return translated % values
