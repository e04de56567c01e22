"""The words the site reads as yes or no.

One vocabulary with two uses: a switch (a setting in the environment, a flag in the
guide's address) also takes `on`/`off`; a spreadsheet cell of the exchange files
also takes the Dutch and French words. Both read an empty text as no.
"""

from dataclasses import dataclass

_TRUE = frozenset({"1", "true", "yes"})
_FALSE = frozenset({"0", "false", "no", ""})


@dataclass(frozen=True)
class YesNoWords:
    """The words read as true and those read as false, in lower case."""

    true: frozenset[str]
    false: frozenset[str]

    def read(self, text: str) -> bool | None:
        """True or False for a known word (any case, spaces around it ignored), None
        for anything else."""
        word = text.strip().lower()
        if word in self.true:
            return True
        if word in self.false:
            return False
        return None


SWITCH_WORDS = YesNoWords(true=_TRUE | {"on"}, false=_FALSE | {"off"})
SPREADSHEET_WORDS = YesNoWords(
    true=_TRUE | {"ja", "oui"}, false=_FALSE | {"nee", "non"}
)
