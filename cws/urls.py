"""URLs of CWS Records. Permalinks use the Committee's own identifiers."""

from django.contrib import admin
from django.urls import include, path

from cws import views

admin.site.site_header = "CWS Records — secretariat"
admin.site.site_title = "CWS Records admin"
admin.site.index_title = "Records of the Committee on WIPO Standards"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("", include("sessions.urls")),
    path("", include("tasks.urls")),
    path("", include("standards.urls")),
    path("", include("assistance.urls")),
    path("admin/", admin.site.urls),
]
