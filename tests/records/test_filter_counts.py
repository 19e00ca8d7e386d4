"""Filters show counts (issue 10, ¶12): every choice of a list's filter menus says how many rows
it would give together with the other active filters, checked against the rows the list gives
when that choice is made; the counts cost a constant number of queries."""

import re
from urllib.parse import urlencode

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db

OPTION = re.compile(r'<option value="([^"]*)"[^>]*>([^<]*)</option>')
COUNTED = re.compile(r"^(?P<label>.*) \((?P<count>[\d,]+)\)$")


def menus(html):
    """{menu name: {value: (label, count or None)}} of the list's filter form."""
    start = html.index('<form class="filters"')
    form = html[start : html.index("</form>", start)]
    found = {}
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', form, re.DOTALL):
        options = {}
        for value, text in OPTION.findall(body):
            match = COUNTED.match(text.strip())
            options[value] = (
                (match["label"], int(match["count"].replace(",", "")))
                if match
                else (text.strip(), None)
            )
        found[name] = options
    return found


def count_of(get, path, params):
    caches["pages"].clear()  # the list as rendered, with its context
    return get(f"{path}?{urlencode(params)}").context["paginator"].count


@pytest.mark.parametrize(
    ("path", "active"),
    [
        ("/decisions/", {}),
        ("/decisions/", {"session": "12", "kind": "approved"}),
        ("/decisions/", {"nature": "all", "task_force": "ip-data-exchange"}),
        ("/tasks/", {"status": "active"}),
        ("/standards/", {"status": "adopted"}),
        ("/documents/", {"session": "12"}),
        ("/task-forces/", {}),
        ("/technical-assistance/", {"year": "2021"}),
    ],
)
def test_each_choice_says_how_many_rows_it_gives_with_the_other_filters(get, path, active):
    shown = menus(get(f"{path}?{urlencode(active)}").text)
    counted = {name: options for name, options in shown.items() if name != "o"}
    assert counted, path
    checked = 0
    for name, options in counted.items():
        others = {key: value for key, value in active.items() if key != name}
        for value, (label, count) in options.items():
            assert count is not None, (path, name, value, label)
            if value == "":  # "All sessions": the other filters alone
                expected = count_of(get, path, others)
            else:
                expected = count_of(get, path, {**others, name: value})
            assert count == expected, (path, active, name, value, label)
            checked += 1
    assert checked >= 3


def test_a_choice_that_gives_nothing_says_0(get):
    kinds = menus(get("/decisions/?session=10&nature=proposal").text)["kind"]
    assert 0 in {count for _, count in kinds.values()}


def test_counts_have_thousands_separators(get):
    factories.decisions(1001, marker="zzfacets")
    html = get("/decisions/?q=zzfacets").text
    assert ">noted (1,001)</option>" in html


def queries(get, url):
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as captured:
        get(url)
    return len(captured)


@pytest.mark.parametrize(
    "url",
    [
        "/decisions/?q=zzfacets&kind=noted",
        "/tasks/?q=zzsyn",
        "/standards/?q=zzsyn",
        "/documents/?q=zzsyn",
    ],
)
def test_counts_cost_the_same_queries_for_more_rows_and_more_choices(get, url):
    factories.decisions(1, marker="zzfacets")
    factories.tasks(1, start=3000)
    factories.standards(1, start=3000)
    factories.documents(1, start=1)
    one = queries(get, url)
    factories.decisions(60, marker="zzfacets")  # a new session (a new choice) and more rows
    factories.session_with_decisions(881, 5)
    factories.tasks(60, start=3001)
    factories.standards(60, start=3001)
    factories.documents(60, start=2)
    assert queries(get, url) == one
