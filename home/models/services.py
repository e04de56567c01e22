"""What Coopkracht offers: an overview page and one page per service."""

from django.utils.translation import gettext_lazy as _

from home.models.content import BodyPage


class ServiceIndexPage(BodyPage):
    """The overview of the services, listing its ServicePage children in tree order.

    Fields: see BodyPage (the body is shown under the list).
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("service overview")

    def services(self):
        """The live, public services in the order of the page tree."""
        return ServicePage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = self.services()
        return context


class ServicePage(BodyPage):
    """One service, e.g. sharing knowledge or policy influence.

    Fields: see BodyPage; `intro` is also the text of the service's card on the
    overview and home pages.
    """

    parent_page_types = ["home.ServiceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service")
