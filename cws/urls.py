"""URLs of CWS Records."""

from django.contrib import admin
from django.urls import path

admin.site.site_header = "CWS Records — secretariat"
admin.site.site_title = "CWS Records admin"
admin.site.index_title = "Records of the Committee on WIPO Standards"

urlpatterns = [
    path("admin/", admin.site.urls),
]
