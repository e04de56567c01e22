"""The public pages every browser check visits, in Dutch and in French."""

import pytest

PUBLIC_PAGES = {
    "home": ("/nl/", "/fr/"),
    "content page": ("/nl/missie-en-visie/", "/fr/mission-et-vision/"),
    "news article": (
        "/nl/nieuws/memo-gids-vernieuwd/",
        "/fr/actualites/guide-memo-renouvele/",
    ),
    "guide with results": ("/nl/memo-gids/?q=energie", "/fr/guide-memo/?q=énergie"),
    "enterprise": ("/nl/memo-gids/zonnewaaier/", "/fr/guide-memo/zonnewaaier/"),
    "proposal form": ("/nl/memo-gids/aanmelden/", "/fr/guide-memo/inscription/"),
}

# Every address, named by page and language, for parametrize.
EVERY_PAGE = [
    pytest.param(path, id=f"{name} {language}")
    for name, paths in PUBLIC_PAGES.items()
    for language, path in zip(("nl", "fr"), paths, strict=True)
]
