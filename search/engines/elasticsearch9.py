from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.engines.site_backend import site_backend

SearchBackend = site_backend(Elasticsearch9SearchBackend)
