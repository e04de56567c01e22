from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.engines.site_backend import site_backend

SearchBackend = site_backend(Elasticsearch8SearchBackend)
