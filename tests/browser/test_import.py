"""The report import in a real browser (issue 11): an editor uploads a .docx, corrects one
decision, rejects one, publishes, and the session page shows the published decisions with
their paragraphs; the upload and review pages have no axe violations; a viewer cannot import.

Staff sign in through /admin/login/ with the shared ``sign_in`` fixture
(``tests/browser/conftest.py``): the password, then the authenticator app's code."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE
from tests.ingest.importing import MADE_UP

pytestmark = pytest.mark.django_db(transaction=True)
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page):
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
    )
    return [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:5]) for v in result["violations"]
    ]


def test_an_editor_uploads_corrects_rejects_and_publishes(site, page, sign_in):
    sign_in("editor")
    page.get_by_role("link", name="Report imports").first.click()
    page.get_by_role("link", name="Add report import").click()
    expect(page.get_by_role("heading", name="Import a report")).to_be_visible()
    assert axe_violations(page) == [], json.dumps(axe_violations(page), indent=1)
    page.get_by_label("Report file").set_input_files(MADE_UP)
    page.get_by_label("Document symbol").fill("CWS/99/9")
    page.get_by_label("Session number").fill("99")
    page.get_by_role("button", name="Read the report").click()
    # session 99 is not in the records: the form says so and offers to create it
    expect(page.locator(".import-error")).to_contain_text("Session 99 is not in the records yet")
    page.get_by_label("Report file").set_input_files(MADE_UP)
    page.get_by_label("Create the session if it is not in the records yet").check()
    page.get_by_role("button", name="Read the report").click()
    expect(page.get_by_role("heading", name="Review the import of CWS/99/9")).to_be_visible()
    assert axe_violations(page) == [], json.dumps(axe_violations(page), indent=1)

    rejected = page.locator("#d-body-2-2")
    rejected.get_by_role("button", name="Reject").click()
    expect(page.locator("#d-body-2-2 .import-state")).to_contain_text("rejected")

    corrected = page.locator("#d-body-4-1")
    corrected.get_by_text("Correct this decision").click()
    corrected.get_by_label("Kind").select_option("adopted")
    corrected.get_by_label("Note").fill("Corrected in the browser.")
    corrected.get_by_role("button", name="Save the correction").click()
    expect(page.locator("#d-body-4-1 .import-state")).to_contain_text("corrected")
    expect(page.locator("#d-body-4-1")).to_contain_text("adopted (decision)")

    # item 3 is printed without a title: the reviewer gives one
    title = page.get_by_label("Title of item 3", exact=True)
    title.fill("Proposals for WIPO Standards")
    page.locator("form", has=title).get_by_role("button", name="Save the title").click()
    item_3 = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="3", exact=True))
    expect(item_3).to_contain_text("Proposals for WIPO Standards (corrected)")

    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("heading", name="Status: published")).to_be_visible()
    page.get_by_role("link", name="See the published decisions on the page of CWS/99").click()
    main = page.locator("main")
    expect(main).to_contain_text(
        "The CWS approved the revision of WIPO Standard ST.26 as presented in document CWS/99/4."
    )
    approved = main.locator("article.decision").filter(has_text="approved the revision of WIPO")
    expect(approved.locator(".kind")).to_have_text("adopted")  # as corrected
    expect(approved.locator(".note")).to_contain_text("Corrected in the browser.")
    expect(main).to_contain_text("Proposals for WIPO Standards")  # the title given to item 3
    expect(main).to_contain_text("The CWS noted the progress report on Task No. 91")
    expect(main).not_to_contain_text("encouraged its Members to take part")
    citation = main.get_by_role("link", name="CWS/99/9 ¶4").first
    expect(citation).to_have_attribute("href", "/documents/CWS/99/9/#p4")
    citation.click()
    expect(page.locator("#p4")).to_contain_text("The CWS approved the revision of WIPO Standard")


def test_a_viewer_cannot_import(site, page, sign_in):
    sign_in("viewer")
    expect(page.get_by_role("link", name="Report imports")).to_have_count(0)
    response = page.goto(site + "/admin/records/reportimport/add/")
    assert response.status == 403
    response = page.goto(site + "/admin/records/reportimport/")
    assert response.status == 403
