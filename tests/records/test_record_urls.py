"""Record addresses are reversed once and remembered (records/urls.py), never across what
changes an address: the script prefix a deployment serves under (and the language)."""

import pytest
from django.test.utils import override_script_prefix

pytestmark = pytest.mark.django_db


def test_links_follow_the_script_prefix(client):
    plain = client.get("/tasks/").content.decode()
    with override_script_prefix("/records/"):
        prefixed = client.get("/tasks/?under=1").content.decode()
    again = client.get("/tasks/?again=1").content.decode()
    assert 'href="/tasks/24/"' in plain
    assert 'href="/records/tasks/24/"' in prefixed
    assert 'href="/records/tasks/24/"' not in again and 'href="/tasks/24/"' in again
