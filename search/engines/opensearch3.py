from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

from search.engines.site_backend import site_backend

SearchBackend = site_backend(OpenSearch3SearchBackend)
