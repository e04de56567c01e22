"""Search-engine backends of the site, one per engine family."""

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend
from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend
from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend
from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

Elasticsearch8Backend = Elasticsearch8SearchBackend
Elasticsearch9Backend = Elasticsearch9SearchBackend
OpenSearch2Backend = OpenSearch2SearchBackend
OpenSearch3Backend = OpenSearch3SearchBackend
