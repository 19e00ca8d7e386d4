from django.urls import path

from tasks import views
from tasks.feeds import TaskDecisionFeed

urlpatterns = [
    path("tasks/", views.TaskListView.as_view(), name="task_list"),
    path("tasks/<int:number>/", views.TaskDetailView.as_view(), name="task_detail"),
    path("task-forces/", views.TaskForceListView.as_view(), name="task_force_list"),
    path("task-forces/<slug:slug>/", views.TaskForceDetailView.as_view(), name="task_force_detail"),
    path(
        "sessions/<int:number>/work-program/", views.WorkProgramView.as_view(), name="work_program"
    ),
    path("surveys/<slug:slug>/", views.SurveyDetailView.as_view(), name="survey_detail"),
    path("feeds/tasks/<int:number>/", TaskDecisionFeed(), name="feed_task"),
]
