from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from search.engines.site_backend import site_backend

SearchBackend = site_backend(OpenSearch2SearchBackend)
