import pytest
from django.core.exceptions import ImproperlyConfigured

from search.backends import DATABASE_BACKEND, FALLBACK_BACKEND, search_backends_from_url


@pytest.mark.parametrize("url", ["", "  ", "database", "database://"])
def test_unset_or_database_url_gives_the_database_backend(url):
    backends = search_backends_from_url(url)
    assert list(backends) == ["default", "fallback"]
    assert backends["default"]["BACKEND"] == DATABASE_BACKEND
    assert backends["fallback"]["BACKEND"] == FALLBACK_BACKEND


@pytest.mark.parametrize(
    ("url", "module", "endpoint"),
    [
        ("elasticsearch://es:9200", "search.engines.elasticsearch9", "http://es:9200"),
        ("elasticsearch9://es", "search.engines.elasticsearch9", "http://es:9200"),
        ("elasticsearch8://es:9201", "search.engines.elasticsearch8", "http://es:9201"),
        ("opensearch://os:9200", "search.engines.opensearch2", "http://os:9200"),
        ("opensearch2://os:9200", "search.engines.opensearch2", "http://os:9200"),
        ("opensearch3://os:9200", "search.engines.opensearch3", "http://os:9200"),
        (
            "elasticsearch+https://elastic:s%40cret@search.example.org:443",
            "search.engines.elasticsearch9",
            "https://elastic:s@cret@search.example.org:443",
        ),
        (
            "opensearch+https://os.example.org",
            "search.engines.opensearch2",
            "https://os.example.org:9200",
        ),
        ("opensearch://[::1]:9200", "search.engines.opensearch2", "http://[::1]:9200"),
    ],
)
def test_engine_urls(url, module, endpoint):
    backends = search_backends_from_url(url, index_prefix="site_")
    assert set(backends) == {"default", "nl", "fr", "fallback"}
    assert backends["fallback"] == {"BACKEND": FALLBACK_BACKEND, "AUTO_UPDATE": False}
    for alias in ("default", "nl", "fr"):
        backend = backends[alias]
        assert backend["BACKEND"] == module
        assert backend["URLS"] == [endpoint]
        assert backend["ATOMIC_REBUILD"] is True
    assert backends["default"]["INDEX_PREFIX"] == "site_"
    assert backends["nl"]["INDEX_PREFIX"] == "site_nl_"
    assert backends["fr"]["LANGUAGE"] == "fr"


def test_language_backends_get_their_own_analysis():
    backends = search_backends_from_url("opensearch://os:9200")
    nl = backends["nl"]["INDEX_SETTINGS"]["settings"]["analysis"]
    fr = backends["fr"]["INDEX_SETTINGS"]["settings"]["analysis"]
    neutral = backends["default"]["INDEX_SETTINGS"]["settings"]["analysis"]
    assert "dutch_stemmer" in nl["analyzer"]["default"]["filter"]
    assert "french_stemmer" in fr["analyzer"]["default"]["filter"]
    assert neutral["analyzer"]["default"]["filter"] == ["lowercase", "asciifolding"]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("solr://host:8983", "unknown scheme"),
        ("elasticsearch+ftp://host", "unknown transport"),
        ("elasticsearch://", "no host"),
        ("elasticsearch://host:notaport", "Port could not be cast"),
        ("elasticsearch://host:9200/index?x=1", "only scheme"),
    ],
)
def test_malformed_urls_stop_start_up_naming_the_variable(url, reason):
    with pytest.raises(ImproperlyConfigured) as error:
        search_backends_from_url(url)
    assert "SEARCH_URL" in str(error.value)
    assert reason in str(error.value)


def test_password_is_not_echoed_in_errors():
    with pytest.raises(ImproperlyConfigured) as error:
        search_backends_from_url("elasticsearch://user:hunter2@host:9200/path")
    assert "hunter2" not in str(error.value)
