"""The board and the partner organisations (`data/people.yaml`), as Person and
Partner snippets.

The chair is Coopkracht's real chair. The other board members are invented for
the demo, and their biographies say so. Partners are the real organisations
Coopkracht works with; their descriptions say only how, and their logos are
generated initials whose titles say so.
"""

from demo.context import DemoContext
from demo.files import read
from demo.translated import ensure_snippet
from home.models import Partner, Person


def build_people(ctx: DemoContext) -> None:
    data = read("people")
    for key, values in data["people"].items():
        ensure_snippet(ctx, Person, "person", key, values)
    for key, values in data["partners"].items():
        ensure_snippet(ctx, Partner, "partner", key, values)
