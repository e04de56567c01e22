from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.engines.language import site_backend

SearchBackend = site_backend(Elasticsearch9SearchBackend)
