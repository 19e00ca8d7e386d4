"""/tasks/: the Tasks of the work program with their status, Task Force and description.
(Filters, sorting, pagination and exports: ``tests/records/test_lists.py``.)"""

import re

import pytest

from tasks.models import Task

pytestmark = pytest.mark.django_db


def table_rows(html):
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return re.findall(r"<tr>(.*?)</tr>", body, flags=re.DOTALL)


def test_every_task_is_listed_by_number_with_its_task_force_and_description(get):
    rows = table_rows(get("/tasks/").text)
    numbers = [int(re.search(r'href="/tasks/(\d+)/"', row).group(1)) for row in rows]
    assert numbers == list(Task.objects.order_by("number").values_list("number", flat=True))
    (task_67,) = [row for row in rows if 'href="/tasks/67/"' in row]
    assert '<a href="/task-forces/ip-data-exchange/">IP Data Exchange Task Force</a>' in task_67
    assert "Analyze existing practices and challenges" in task_67
    (task_24,) = [row for row in rows if 'href="/tasks/24/"' in row]
    assert "not quoted in the sources" in task_24
