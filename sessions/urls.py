from django.urls import path

from sessions import feeds, views
from sessions.calendar import sessions_ics

urlpatterns = [
    path("sessions/", views.SessionListView.as_view(), name="session_list"),
    path("sessions/<int:number>/", views.SessionDetailView.as_view(), name="session_detail"),
    path("decisions/", views.DecisionListView.as_view(), name="decision_list"),
    path(
        "decisions/<path:symbol>/<str:paragraph>/<int:ordinal>/",
        views.DecisionDetailView.as_view(),
        name="decision_detail",
    ),
    path("documents/", views.DocumentListView.as_view(), name="document_list"),
    path("documents/<path:symbol>/", views.DocumentDetailView.as_view(), name="document_detail"),
    path("offices/<path:name>/", views.OfficeDetailView.as_view(), name="office_detail"),
    path("feeds/decisions/", feeds.DecisionFeed(), name="feed_decisions"),
    path("feeds/sessions/<int:number>/", feeds.SessionDecisionFeed(), name="feed_session"),
    path("calendar/sessions.ics", sessions_ics, name="sessions_ics"),
]
