from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views

app_name = "search"
urlpatterns = [
    # Translators: the address of the site search, e.g. /fr/recherche/
    path(_("zoeken/"), views.site_search, name="site_search"),
]
