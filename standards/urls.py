from django.urls import path

from standards import views

urlpatterns = [
    path("standards/", views.StandardListView.as_view(), name="standard_list"),
    path("standards/<str:code>/", views.StandardDetailView.as_view(), name="standard_detail"),
]
