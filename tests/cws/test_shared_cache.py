"""Several application hosts share one page cache (issue 13, "Several hosts"), for real: two
gunicorn servers on one database and one Redis server (``DJANGO_CACHE_URL``), asked for the same
public address as a load balancer would send it (one Host). A page rendered by one host is
served from the cache by the other; an admin edit made through either is visible at once through
both (the records version lives in the database, not in a process)."""

import subprocess
import time

import pytest
import redis
import requests

from tests.conftest import form_fields
from tests.sites import ROOT, free_port, manage, signed_in

pytestmark = pytest.mark.isolated
PUBLIC = {"Host": "127.0.0.1"}  # the one public name both hosts serve


@pytest.fixture
def redis_url(tmp_path):
    """A Redis server of this test's own, on a free port, keeping nothing on disk."""
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


def page(host, path):
    response = requests.get(f"{host}{path}", headers=PUBLIC, timeout=30)
    assert response.status_code == 200, (host, path, response.status_code)
    return response


def edit_task_note(host, database, username, number, note):
    """Change Task ``number``'s curator's note through ``host``'s admin, as the user would."""
    pk = manage(
        ROOT, database, "shell", "--no-imports", "-c",
        f"from tasks.models import Task; print(Task.objects.get(number={number}).pk)",
    ).strip()  # fmt: skip
    editor = signed_in(host, username)
    url = f"{host}/admin/tasks/task/{pk}/change/"
    values = {}
    for name, value in form_fields(editor.get(url, timeout=30).text, "task_form"):
        values.setdefault(name, []).append(value)
    values["note"] = [note]
    response = editor.post(url, data=values, timeout=30)
    assert response.url.endswith("/admin/tasks/task/"), response.text[:800]


@pytest.mark.parametrize("edited_through", ["first", "second"])
def test_two_hosts_share_rendered_pages_and_see_an_edit_at_once(
    live_site, redis_url, edited_through
):
    env = {"DJANGO_CACHE_URL": redis_url}
    first, database = live_site({"editor_a": "Secretariat editors"}, env=env)
    second, _ = live_site(env=env, database=database)
    hosts = {"first": first, "second": second}

    rendered = page(first, "/tasks/67/")
    assert rendered.headers["X-Page-Cache"] == "miss"
    served = page(second, "/tasks/67/")
    assert served.headers["X-Page-Cache"] == "hit"  # rendered by the first host
    assert served.text == rendered.text

    note = f"Checked on two hosts, edited through the {edited_through}."
    assert note not in served.text
    edit_task_note(hosts[edited_through], database, "editor_a", 67, note)
    for host in (first, second):
        assert note in page(host, "/tasks/67/").text, host
        assert note in page(host, "/api/tasks/67/").text, host
    assert page(second, "/tasks/67/").headers["X-Page-Cache"] == "hit"
