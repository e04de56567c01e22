"""The absolute-address helpers under their former name, for `directory.api` and
`home.demo_content`, which still import them from here; the rest use `core.site_url`."""

from core.site_url import absolute_url, site_host_and_port

__all__ = ["absolute_url", "site_host_and_port"]
