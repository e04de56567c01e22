"""The editors' guide, shipped with the site, in Dutch and French."""

from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE_LANGUAGES = {"nl": "Nederlands", "fr": "Français"}


class EditorsGuideView(WagtailAdminTemplateMixin, TemplateView):
    """How to work on this site, in the editor's language unless another is asked."""

    page_title = _("Editors' guide")
    header_icon = "help"

    def get_language(self):
        language = self.kwargs.get("language") or translation.get_language()
        if language not in GUIDE_LANGUAGES:
            if "language" in self.kwargs:
                raise Http404
            language = "nl"
        return language

    def get_template_names(self):
        return [f"editorial/guide/{self.get_language()}.html"]

    def get_context_data(self, **kwargs):
        language = self.get_language()
        return super().get_context_data(
            guide_language=language,
            other_languages=[
                {
                    "code": code,
                    "name": name,
                    "url": reverse("editorial_guide_language", args=[code]),
                }
                for code, name in GUIDE_LANGUAGES.items()
                if code != language
            ],
            **kwargs,
        )
