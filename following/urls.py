"""The addresses of the follow e-mails' links, in the subscriber's language."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from following import views

app_name = "following"
urlpatterns = [
    # Translators: the address of the confirmation link, e.g. /fr/suivre/confirmer/
    path(_("follow/confirm/<str:token>/"), views.confirm, name="confirm"),
    # Translators: the address of the unsubscribe link, e.g. /fr/suivre/desabonner/
    path(_("follow/unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
