"""Reading the parts of a rendered page that the language tests look at."""

from html.parser import HTMLParser


class _LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.html_lang = None
        self.hreflang = {}
        self.switcher = {}
        self._in_switcher = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        elif tag == "link" and attrs.get("hreflang"):
            self.hreflang[attrs["hreflang"]] = attrs["href"]
        elif tag == "nav" and "language-switcher" in (attrs.get("class") or ""):
            self._in_switcher = True
        elif tag == "a" and self._in_switcher:
            self.switcher[attrs["hreflang"]] = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False


def language_links(response):
    """`<html lang>`, hreflang alternates and switcher links of an HTML response."""
    collector = _LinkCollector()
    collector.feed(response.content.decode())
    return collector
