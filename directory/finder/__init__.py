"""The query layer of the MeMO guide: parameters, search, filters, facets, distance.

The guide page, the open-data API and the site search all ask through here, so
they agree on what a visitor may see and how a query is read
(docs/contract.md#guide-parameters).
"""

from directory.finder.errors import GuideParamError
from directory.finder.params import GuideFilters, parse_guide_params
from directory.finder.query import (
    GuideResults,
    autocomplete_names,
    find_enterprises,
    matching_enterprises,
)

__all__ = [
    "GuideFilters",
    "GuideParamError",
    "GuideResults",
    "autocomplete_names",
    "find_enterprises",
    "matching_enterprises",
    "parse_guide_params",
]
