from django.urls import path

from standards import views
from standards.feeds import StandardDecisionFeed

urlpatterns = [
    path("standards/", views.StandardListView.as_view(), name="standard_list"),
    path("standards/<str:code>/", views.StandardDetailView.as_view(), name="standard_detail"),
    path("feeds/standards/<str:code>/", StandardDecisionFeed(), name="feed_standard"),
]
