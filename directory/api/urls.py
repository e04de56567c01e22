from django.urls import path

from directory.api import views

app_name = "api"
urlpatterns = [
    path("enterprises/", views.enterprise_list, name="enterprise_list"),
    path(
        "enterprises/autocomplete/",
        views.enterprise_autocomplete,
        name="enterprise_autocomplete",
    ),
    path("enterprises/<int:pk>/", views.enterprise_detail, name="enterprise_detail"),
    path("schema/", views.schema, name="schema"),
]
