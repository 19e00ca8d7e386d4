"""A document page lists, under each paragraph, every record that cites it
(``records/citations.py``): for every model with a foreign key to ``Paragraph``, found from the
models themselves, a curated row is linked from its paragraph's block. (What that costs:
``test_query_counts.py::test_document_page_when_a_paragraph_gains_citing_rows``.)"""

import pytest
from django.utils.html import escape

from sessions.models import Paragraph

pytestmark = pytest.mark.django_db

CITING = Paragraph._meta.related_objects


def relation_id(relation):
    return f"{relation.related_model._meta.label}.{relation.field.name}"


def test_the_citing_relations_include_the_sessions_dates_and_meeting_page():
    names = {relation_id(r): r.get_accessor_name() for r in CITING}
    assert len(names) >= 16
    assert names["cws_sessions.Session.source"] == "sessions_dated"
    assert names["cws_sessions.Session.meeting_url_source"] == "sessions_linked"


def cited_by(html, paragraph):
    """The list of what cites ``paragraph`` on its document's page."""
    start = html.index(f'<div class="paragraph" id="{paragraph.anchor}">')
    end = html.find('<div class="paragraph"', start + 1)
    block = html[start : end if end != -1 else len(html)]
    assert '<ul class="cited-by"' in block, f"nothing cites {paragraph} on its page"
    return block[block.index('<ul class="cited-by"') : block.index("</ul>")]


@pytest.mark.parametrize("relation", CITING, ids=relation_id)
def test_a_curated_row_of_every_citing_model_is_linked_from_its_paragraph(get, relation):
    model, field = relation.related_model, relation.field.name
    row = (
        model._default_manager.filter(**{f"{field}__isnull": False})
        .select_related(f"{field}__document")
        .order_by("pk")
        .first()
    )
    assert row is not None, f"no curated {model._meta.label} cites a paragraph by {field}"
    paragraph = getattr(row, field)
    listed = cited_by(get(paragraph.document.get_absolute_url()).text, paragraph)
    assert f'<a href="{escape(row.get_absolute_url())}">{escape(str(row))}</a>' in listed, (
        relation_id(relation),
        str(row),
    )
