"""What delegates and analysts do, in a real browser."""

import csv
import io
import re
from pathlib import Path

from playwright.sync_api import expect


def test_delegate_goes_from_home_to_the_paragraph_that_created_task_67(site, page):
    page.goto(site + "/")
    page.get_by_role("link", name="All outcomes of CWS/12").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("CWS/12")
    page.get_by_role("navigation", name="Agenda").get_by_role("link", name="Item 8(c)").click()
    expect(page).to_have_url(re.compile(r"#item-8c$"))
    item = page.locator("#item-8c")
    expect(item).to_be_in_viewport()
    decision = item.locator("article.decision", has_text="approved the creation of Task No. 67")
    expect(decision).to_have_count(1)
    decision.get_by_role("link", name="CWS/12/29 ¶146").click()
    expect(page).to_have_url(re.compile(r"/documents/CWS/12/29/#p146$"))
    paragraph = page.locator("#p146")
    expect(paragraph).to_be_in_viewport()
    expect(paragraph).to_contain_text("The CWS approved the creation of Task No. 67")
    # the paragraph is marked (the :target style draws an outline)
    expect(paragraph).to_have_css("outline-style", "solid")


def test_analyst_filters_tasks_and_exports_exactly_the_rows_shown(site, page):
    page.goto(site + "/tasks/")
    page.get_by_label("Status").select_option("active")
    # each choice says how many rows it gives ("API Task Force (2)"): chosen by its value
    page.get_by_label("Task Force").select_option("api")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("status")).to_contain_text("2 results")
    shown = page.locator("table.records tbody th[scope=row]").all_inner_texts()
    assert shown == ["Task No. 56", "Task No. 64"]
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert [f"Task No. {row['number']}" for row in rows] == shown
    assert {row["task_force"] for row in rows} == {"API Task Force"}


def test_search_for_sequence_listings_finds_task_44_and_st_26(site, page):
    page.goto(site + "/")
    page.get_by_label("Search decisions, paragraphs, Tasks, Standards and activities").fill(
        "sequence listings"
    )
    page.get_by_label("Search decisions, paragraphs, Tasks, Standards and activities").press(
        "Enter"
    )
    expect(page.locator("a[href='/tasks/44/']").first).to_be_visible()
    expect(page.locator("a[href='/standards/ST.26/']").first).to_be_visible()
    expect(page.locator("mark").first).to_be_visible()


def test_the_skip_link_is_the_first_stop_and_moves_focus_to_main(site, page):
    page.goto(site + "/tasks/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main-content$"))
    expect(page.locator("main#main-content")).to_be_focused()
