"""/task-forces/<slug>/: a Task Force's leaders and Tasks, its progress reports with their work
plan and findings, each cited, and its history."""

import pytest

pytestmark = pytest.mark.django_db


def test_task_force_page(get):
    html = get("/task-forces/ip-data-exchange/").text
    assert "Saudi Authority for Intellectual Property" in html
    assert 'href="/documents/CWS/13/14/"' in html
    assert 'href="/surveys/ip-data-exchange-practices-2025/"' in html
