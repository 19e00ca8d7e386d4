"""What every list offers (``records/listing.py``): filters that narrow, sorting, pagination
that keeps the filters, export of exactly the filtered rows (each the API's row), and a clear
answer to bad input."""

import csv
import io
import json
import re
from urllib.parse import urlencode

import pytest

from sessions.models import Decision
from tasks.models import Task
from tests import factories

pytestmark = pytest.mark.django_db

LISTS = [
    "/decisions/",
    "/tasks/",
    "/task-forces/",
    "/standards/",
    "/documents/",
    "/technical-assistance/",
]


def rows(get, url):
    response = get(url)
    return response.context["paginator"].count, response


@pytest.mark.parametrize(
    ("url", "check"),
    [
        ("/decisions/?session=11", lambda d: d.session.number == 11),
        ("/decisions/?kind=approved", lambda d: d.kind == "approved"),
        ("/decisions/?nature=proposal", lambda d: d.nature == "proposal"),
        ("/decisions/?task=67", lambda d: 67 in [t.number for t in d.tasks.all()]),
        ("/decisions/?standard=ST.92", lambda d: "ST.92" in [s.code for s in d.standards.all()]),
        (
            "/decisions/?task_force=ip-data-exchange",
            lambda d: "ip-data-exchange" in [t.slug for t in d.task_forces.all()],
        ),
        ("/decisions/?session=12&item=8(c)", lambda d: d.agenda_item.code == "8(c)"),
        ("/decisions/?q=Task+Force+survey", lambda d: "survey" in d.text.lower()),
        ("/tasks/?status=active", lambda t: t.status == "active"),
        ("/tasks/?task_force=api", lambda t: t.task_force.slug == "api"),
        ("/tasks/?standard=ST.37", lambda t: "ST.37" in [s.code for s in t.standards.all()]),
        ("/tasks/?session=12", lambda t: t.events.filter(session__number=12).exists()),
        ("/standards/?status=draft", lambda s: s.status == "draft"),
        ("/standards/?latest_session=12", lambda s: s.latest == 12),
        ("/documents/?kind=ta_report", lambda d: d.kind == "ta_report"),
        ("/task-forces/?status=restarted", lambda t: t.status == "restarted"),
        ("/technical-assistance/?year=2021", lambda a: a.report.year == 2021),
        ("/technical-assistance/?kind=training", lambda a: a.kind == "training"),
        (
            "/technical-assistance/?office=Brunei+Darussalam",
            lambda a: "Brunei Darussalam" in [o.name for o in a.offices.all()],
        ),
    ],
)
def test_each_filter_narrows_the_list(get, url, check):
    # every curated Task is active; one completed Task lets the status filter show it narrows
    Task.objects.create(number=999, status="completed", description="A finished Task.")
    base = url.split("?")[0]
    everything, _ = rows(get, base)
    count, response = rows(get, url)
    assert 0 < count < everything, url
    assert all(check(obj) for obj in response.context["paginator"].object_list), url
    assert response.context["active_filters"]


def test_sorting_by_a_column(get):
    _, response = rows(get, "/tasks/?o=-number")
    numbers = [t.number for t in response.context["object_list"]]
    assert numbers == sorted(numbers, reverse=True)


def test_pagination_keeps_the_filters(get):
    factories.decisions(60, marker="zzpaged")
    response = get("/decisions/?q=zzpaged&kind=noted")
    assert response.context["paginator"].count == 60
    html = response.text
    assert re.search(r'href="\?q=zzpaged&amp;kind=noted&amp;page=2"', html)
    second = get("/decisions/?q=zzpaged&kind=noted&page=2")
    assert len(second.context["object_list"]) == 10


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("page_param", ["abc", "0", "999", "-1", "1.5"])
def test_a_bad_page_number_is_a_404(get, url, page_param):
    get(f"{url}?page={page_param}", status=404)


@pytest.mark.parametrize(
    "url",
    [
        "/decisions/?task=abc",
        "/decisions/?session=999",
        "/decisions/?kind=vetoed",
        "/tasks/?standard=ST.0",
        "/tasks/?status=sleeping",
        "/standards/?latest_session=x",
        "/technical-assistance/?year=1900",
        "/documents/?session=abc",
    ],
)
def test_an_invalid_filter_value_shows_a_form_error(get, url):
    html = get(url).text
    assert "Some filters could not be used" in html
    assert 'role="alert"' in html


def test_an_unknown_parameter_is_ignored(get):
    plain, _ = rows(get, "/decisions/")
    assert rows(get, "/decisions/?colour=blue&session_id=3")[0] == plain


def citations_on_page(response):
    return {
        f"{d.paragraph.document.symbol} {d.paragraph.label} {d.ordinal}"
        for d in response.context["paginator"].object_list
    }


def test_csv_export_has_exactly_the_filtered_rows_with_stable_columns(get):
    count, response = rows(get, "/decisions/?session=12&kind=approved")
    export = get("/decisions/?session=12&kind=approved&format=csv")
    assert export["Content-Type"].startswith("text/csv")
    assert "attachment" in export["Content-Disposition"]
    table = list(csv.DictReader(io.StringIO(export.text)))
    assert len(table) == count
    assert list(table[0]) == [
        "session",
        "agenda_item",
        "kind",
        "nature",
        "text",
        "document",
        "paragraph",
        "part",
        "ordinal",
        "citation",
        "tasks",
        "standards",
        "task_forces",
        "note",
        "url",
        "paragraph_url",
    ]
    assert {f"{r['document']} ¶{r['paragraph']} {r['ordinal']}" for r in table} == (
        citations_on_page(response)
    )


def with_params(address, **params):
    return address + ("&" if "?" in address else "?") + urlencode(params)


def test_an_exported_row_is_the_api_row(get):
    """One definition of a row: the CSV and JSON exports say what the API says, field by field
    (lists joined with "; " in a CSV cell; nested records, such as a Task's history, are in
    the JSON only)."""
    for page_address, api_address in [
        ("/decisions/?session=12&task=67", "/api/decisions/?session=12&task=67"),
        ("/tasks/?status=active", "/api/tasks/?status=active"),
        ("/standards/?status=adopted", "/api/standards/?status=adopted"),
        ("/task-forces/", "/api/task-forces/"),
        ("/documents/?session=12", "/api/documents/?session=12"),
        ("/technical-assistance/?year=2023", "/api/activities/?year=2023"),
    ]:
        api = get(with_params(api_address, page_size=500)).json()["results"]
        exported = get(with_params(page_address, format="json")).json()["results"]
        assert exported == api, page_address
        export = get(with_params(page_address, format="csv")).text
        table = list(csv.DictReader(io.StringIO(export)))
        assert len(table) == len(api) > 0, page_address
        for cells, row in zip(table, api, strict=True):
            for name, cell in cells.items():
                value = row[name]
                expected = "; ".join(str(v) for v in value) if isinstance(value, list) else value
                assert cell == ("" if expected is None else str(expected)), (page_address, name)


def test_json_export_matches_the_csv(get):
    data = get("/tasks/?status=active&format=json").json()
    table = list(csv.DictReader(io.StringIO(get("/tasks/?status=active&format=csv").text)))
    assert data["count"] == len(table) == len(data["results"])
    assert [str(r["number"]) for r in data["results"]] == [r["number"] for r in table]


def test_export_with_an_invalid_filter_is_a_400_naming_it(get):
    response = get("/decisions/?task=abc&format=csv", status=400)
    assert "task" in json.loads(response.content)["errors"]


def test_csv_cells_cannot_start_a_formula(get):
    (decision,) = factories.decisions(1, marker="zzformula")
    Decision.objects.filter(pk=decision.pk).update(note='=HYPERLINK("http://x")')
    table = list(csv.DictReader(io.StringIO(get("/decisions/?q=zzformula&format=csv").text)))
    assert table[0]["note"].startswith("'=")


def test_a_filter_over_a_large_vocabulary_is_a_text_box_not_a_menu(get):
    html = get("/decisions/").text
    assert '<select name="task"' in html  # 17 Tasks: a menu
    factories.tasks(200, start=4000)
    html = get("/decisions/").text
    assert '<select name="task"' not in html
    assert 'type="text" name="task"' in html
    response = get("/decisions/?task=67")
    assert response.context["paginator"].count > 0  # typed identifiers still filter
