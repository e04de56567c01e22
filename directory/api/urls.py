from django.urls import path

from directory.api import views
from directory.api.downloads import FORMATS

app_name = "api"
urlpatterns = [
    path("enterprises/", views.enterprise_list, name="enterprise_list"),
    path(
        "enterprises/autocomplete/",
        views.enterprise_autocomplete,
        name="enterprise_autocomplete",
    ),
    *(
        path(
            f"enterprises/export.{output}",
            views.enterprise_download,
            {"output": output},
            name=f"enterprise_export_{output}",
        )
        for output in FORMATS
    ),
    path("enterprises/<int:pk>/", views.enterprise_detail, name="enterprise_detail"),
    path("schema/", views.schema, name="schema"),
    path("docs/", views.docs, name="docs"),
]
