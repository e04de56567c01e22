"""Previews of the site's snippets, as visitors would see them."""

from django.utils import translation
from wagtail.models import PreviewableMixin


class CardPreviewMixin(PreviewableMixin):
    """Lets editors preview a snippet as the card it becomes on a page."""

    preview_template = ""

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "item": self}


class ChromePreviewMixin(PreviewableMixin):
    """Lets editors preview a menu or footer text in the header and footer of a
    page, in the snippet's own language, before it goes live."""

    def get_preview_template(self, request, mode_name):
        return "home/previews/site_chrome.html"

    def serve_preview(self, request, mode_name):
        with translation.override(self.locale.language_code):
            # The header and footer (home.templatetags.site_chrome) show this
            # draft instead of the live one.
            request.chrome_preview = self
            response = super().serve_preview(request, mode_name)
            return response.render()
