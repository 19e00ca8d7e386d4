"""Synthetic records for benchmarks (``bench/generate_scale_data.py``), kept apart from the
curated ones."""

import io

import pytest
from django.core.management import call_command

from bench.generate_scale_data import main as generate_scale_data
from sessions.models import Decision, Document
from tasks.models import Task

pytestmark = pytest.mark.django_db


def test_synthetic_records_never_go_into_a_database_of_curated_records():
    with pytest.raises(SystemExit, match="holds curated records"):
        generate_scale_data(["--scale", "1"], stdout=io.StringIO())
    assert not Document.objects.filter(symbol__startswith="SYN/").exists()


@pytest.mark.isolated
@pytest.mark.django_db(transaction=True)
def test_generating_at_scale_1_makes_marked_linked_records(get):
    call_command("flush", interactive=False, verbosity=0)
    out = io.StringIO()
    generate_scale_data(["--scale", "1"], stdout=out)
    assert "Generated synthetic records at scale 1" in out.getvalue()
    assert (
        Document.objects.count() == Document.objects.filter(symbol__startswith="SYN/").count() > 0
    )
    assert Task.objects.filter(number__gte=1000, note__contains="synthetic").count() == 17
    decision = Decision.objects.select_related("paragraph").first()
    assert decision.text == decision.paragraph.text
    get(decision.session.get_absolute_url())
