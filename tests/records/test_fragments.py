"""Rows kept rendered on the records version (records/fragments.py, issue 13): a page for a
new address reuses the rows another page rendered, and a change of a record is on every page
at once (the version is in each row's key, so a kept row is never stale)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sessions.models import Decision, Paragraph
from tests import factories

pytestmark = pytest.mark.django_db


def cost(get, url):
    """(queries, body) of ``url``; the page cache never holds it (a fresh query string)."""
    with CaptureQueriesContext(connection) as captured:
        response = get(url)
    assert response["X-Page-Cache"] == "miss"
    return len(captured), response.text


def test_rows_rendered_once_serve_other_addresses_of_the_page(get):
    """The second address of the decisions list reads no decision, Task or Standard: its rows
    come from the first rendering; its page is the same."""
    first, body = cost(get, "/decisions/?session=12")
    second, again = cost(get, "/decisions/?session=12&x=1")
    assert second <= first - 4  # the rows' query and the three links' queries are not made
    assert body.count('<th scope="row">') == again.count('<th scope="row">') == 50
    rows = lambda text: text[text.index("<tbody>") : text.index("</tbody>")]  # noqa: E731
    assert rows(body) == rows(again)


@pytest.mark.parametrize(
    "url",
    ["/sessions/12/", "/decisions/?session=12&nature=all", "/decisions/CWS/12/29/146/1/"],
)
def test_a_decision_changed_is_shown_changed_at_once(get, url):
    decision = Decision.objects.get(
        paragraph__document__symbol="CWS/12/29", paragraph__number=146, ordinal=1
    )
    get(url)  # its rows kept
    decision.kind = Decision.Kind.ENCOURAGED
    decision.note = "Zz changed after the rows were kept."
    decision.save()
    text = get(f"{url}{'&' if '?' in url else '?'}after=1").text
    assert "kind-encouraged" in text
    if "?" not in url:
        assert "Zz changed after the rows were kept." in text


def test_a_paragraph_changed_is_shown_changed_at_once(get):
    get("/documents/CWS/12/29/")
    paragraph = Paragraph.objects.get(document__symbol="CWS/12/29", number=146)
    paragraph.text = paragraph.text + " Zz added after the rows were kept."
    paragraph.save()
    assert "Zz added after the rows were kept." in get("/documents/CWS/12/29/?after=1").text


def test_kept_rows_cost_the_same_for_one_row_and_for_many(get):
    factories.session_with_decisions(861, 1)
    factories.session_with_decisions(862, 100)
    for url in ("/sessions/861/", "/sessions/862/"):
        get(url)  # rows kept
    one, _ = cost(get, "/sessions/861/?again=1")
    many, _ = cost(get, "/sessions/862/?again=1")
    assert one == many


def test_pages_are_the_same_without_kept_rows(get, settings):
    kept = get("/documents/CWS/12/29/?kept=1").text
    kept_again = get("/documents/CWS/12/29/?kept=2").text
    settings.ROW_CACHE = False
    fresh = get("/documents/CWS/12/29/?fresh=1").text
    strip = lambda text: text[text.index("<main") : text.index("</main>")]  # noqa: E731
    assert strip(kept) == strip(kept_again) == strip(fresh)


def test_filter_counts_are_counted_once_for_the_pages_of_a_list(get):
    """The menus' counts depend on the filters' values only: the next page of the same
    filtered list, or the same filters in another order of parameters, counts nothing again."""
    first, body = cost(get, "/decisions/?kind=noted")
    second, again = cost(get, "/decisions/?page=2&kind=noted")
    assert second <= first - 10  # the menus' count queries (two at most per menu) are not made
    menus = lambda text: text[text.index('<form class="filters"') : text.index("</form>")]  # noqa: E731
    assert menus(body) == menus(again)


def test_filter_counts_change_with_the_records(get):
    decided = Decision.objects.decided()
    noted = decided.filter(kind=Decision.Kind.NOTED).count()
    assert f'<option value="noted">noted ({noted:,})' in get("/decisions/?x=1").text
    decision = decided.filter(kind=Decision.Kind.APPROVED).first()
    decision.kind = Decision.Kind.NOTED
    decision.save()
    assert f'<option value="noted">noted ({noted + 1:,})' in get("/decisions/?x=2").text


def test_figures_kept_change_with_the_records(get):
    """The technical-assistance page's table of figures is kept per records version: an edited
    figure is on the page at once."""
    from assistance.models import Figure

    get("/technical-assistance/?x=1")
    figure = Figure.objects.order_by("-report__year", "pk").first()
    figure.value = 987654
    figure.save()
    assert "987,654" in get("/technical-assistance/?x=2").text


def test_rows_are_kept_per_language(get):
    """A row rendered for the English page is never shown on the French one, nor the reverse."""
    import re

    def outcomes(text):
        return set(re.findall(r'<span class="kind kind-noted">([^<]+)</span>', text))

    english = outcomes(get("/sessions/12/").text)
    french = outcomes(get("/fr/sessions/12/").text)
    again = outcomes(get("/sessions/12/?again=1").text)
    assert english == again == {"noted"}
    assert french and french.isdisjoint(english)
