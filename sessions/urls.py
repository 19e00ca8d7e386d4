from django.urls import path

from sessions import views

urlpatterns = [
    path("sessions/", views.SessionListView.as_view(), name="session_list"),
    path("sessions/<int:number>/", views.SessionDetailView.as_view(), name="session_detail"),
    path("decisions/", views.DecisionListView.as_view(), name="decision_list"),
    path("documents/", views.DocumentListView.as_view(), name="document_list"),
    path("documents/<path:symbol>/", views.DocumentDetailView.as_view(), name="document_detail"),
]
