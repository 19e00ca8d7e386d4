from django.urls import path

from assistance import views

urlpatterns = [
    path(
        "technical-assistance/",
        views.TechnicalAssistanceView.as_view(),
        name="technical_assistance",
    ),
]
