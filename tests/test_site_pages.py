"""The public pages: each renders what a delegate or analyst looks for, cited to its paragraph."""

import pytest

pytestmark = pytest.mark.django_db


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_shows_the_latest_session_and_its_outcomes(client):
    html = page(client, "/")
    assert "Latest session: CWS/12" in html
    assert 'href="/standards/ST.92/"' in html and "adopted" in html
    assert 'href="/tasks/67/"' in html
    assert 'role="search"' in html
    assert "Tasks by status" in html


def test_session_page_has_officers_agenda_decisions_participants_and_documents(client):
    html = page(client, "/sessions/12/")
    assert "Michael Cristiano" in html and "Vice-Chair" in html and "Secretary" in html
    assert 'id="item-8c"' in html
    assert "The CWS approved the creation of Task No. 67" in html
    assert 'href="/documents/CWS/12/29/#p146"' in html
    assert "Member state (64)" in html or "member state (64)" in html.lower()
    assert "Jamaica" in html and "Jamica" in html  # the slip is shown as printed
    assert 'href="/documents/CWS/12/25/"' in html


def test_session_11_lists_what_the_general_assembly_report_records(client):
    html = page(client, "/sessions/11/")
    assert "Åsa Viken" in html
    assert 'href="/documents/WO/GA/57/8/#p10"' in html


def test_work_program_after_cws_12(client):
    html = page(client, "/sessions/12/work-program/")
    assert 'href="/tasks/67/"' in html and "created" in html
    assert "ip data exchange task force" in html.lower()


def test_document_page_numbers_paragraphs_and_links_what_cites_them(client):
    html = page(client, "/documents/CWS/12/29/")
    assert 'id="p146"' in html and 'id="p175"' in html
    start = html.index('id="p146"')
    block = html[start : html.index('id="p147"')]
    assert "The CWS approved the creation of Task No. 67" in block
    assert 'href="/tasks/67/#created-cws-12-29-146"' in block  # the event on the Task's page
    annex = page(client, "/documents/CWS/13/14/")
    assert annex.index('id="p14"') < annex.index('id="annex-p1"')


def test_document_without_text_says_so(client):
    assert "not among the sources" in page(client, "/documents/CWS/12/15/")


def test_task_page_shows_description_task_force_leaders_and_a_timeline_with_a_diff(client):
    html = page(client, "/tasks/67/")
    assert "Analyze existing practices and challenges" in html
    assert "IP Data Exchange Task Force" in html and "Japan Patent Office" in html
    assert 'href="/documents/CWS/12/29/#p146"' in html
    assert "<del>" in html and "<ins>" in html  # proposed (¶143) vs approved (¶146) wording


def test_task_force_page(client):
    html = page(client, "/task-forces/ip-data-exchange/")
    assert "Saudi Authority for Intellectual Property" in html
    assert 'href="/documents/CWS/13/14/"' in html
    assert 'href="/surveys/ip-data-exchange-practices-2025/"' in html


def test_standard_page_has_a_revision_timeline_tasks_and_survey_use(client):
    html = page(client, "/standards/ST.26/")
    assert "version 1.7" in html
    assert "July 1, 2024" in html
    assert 'href="/tasks/44/"' in html
    assert "11 offices use it" in html
    assert "not adopted" in page(client, "/standards/ST.93/")


def test_technical_assistance_page_puts_the_years_side_by_side(client):
    html = page(client, "/technical-assistance/")
    for year in ("2021", "2022", "2023"):
        assert f">{year}</th>" in html
    assert "IPOs using IP Office Business Solutions" in html
    assert "<svg" in html


def test_survey_page_has_each_table_with_a_bar_chart(client):
    html = page(client, "/surveys/ip-data-exchange-practices-2025/")
    assert "WIPO Standards used" in html and "<svg" in html
    assert html.count("<table") == 7


def test_search_finds_task_44_and_st_26_for_sequence_listings(client):
    html = page(client, "/search/?q=sequence+listings")
    assert 'href="/tasks/44/"' in html
    assert 'href="/standards/ST.26/"' in html
    assert "<mark>" in html


def test_search_escapes_the_query_and_survives_odd_input(client):
    html = page(client, "/search/?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert" not in html
    for odd in ("%00", "%22%27", "a" * 5000, "ST.26 OR -x", "%E2%80%9C"):
        assert client.get(f"/search/?q={odd}").status_code == 200


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/tasks/99/", "There is no Task No. 99 in the records."),
        ("/sessions/42/", "There is no session CWS/42 in the records."),
        ("/standards/ST.999/", "There is no WIPO Standard ST.999 in the records."),
        ("/documents/CWS/99/1/", "There is no document CWS/99/1 in the records."),
        ("/task-forces/nothing/", "There is no Task Force"),
        ("/sessions/42/work-program/", "There is no session CWS/42 in the records."),
        ("/no-such-page/", "There is no page at this address."),
    ],
)
def test_unknown_records_get_a_helpful_404(client, settings, url, message):
    settings.DEBUG = False
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert message in html
    assert 'href="/tasks/"' in html  # ways on from here
