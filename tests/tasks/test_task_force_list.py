"""/task-forces/: each Task Force with its status, leaders and Tasks."""

import re

import pytest

from tasks.models import TaskForce

pytestmark = pytest.mark.django_db


def test_each_task_force_is_listed_with_its_leaders_and_tasks(get):
    html = get("/task-forces/").text
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    rows = re.findall(r"<tr>(.*?)</tr>", body, flags=re.DOTALL)
    assert len(rows) == TaskForce.objects.count()
    (row,) = [r for r in rows if 'href="/task-forces/ip-data-exchange/"' in r]
    assert (
        "International Bureau of WIPO; Japan Patent Office; "
        "Saudi Authority for Intellectual Property" in row
    )
    assert '<a href="/tasks/67/">67</a>' in row
