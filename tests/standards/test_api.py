"""The API of WIPO Standards with their history (``standards/api.py``)."""

import pytest

pytestmark = pytest.mark.django_db


def test_standard_fields_and_history(api):
    st26 = api("/api/standards/ST.26/")
    assert st26["code"] == "ST.26" and st26["title"].startswith("Presentation of nucleotide")
    in_force = next(e for e in st26["history"] if e["kind"] == "in_force")
    assert (in_force["version"], in_force["date"], in_force["session"]) == ("1.7", "2024-07-01", 11)
    kinds = {e["kind"] for e in api("/api/standards/ST.93/")["history"]}
    assert "not_adopted" in kinds
    referenced = next(
        e for e in api("/api/standards/ST.97/")["history"] if e["kind"] == "referenced"
    )
    assert referenced["version"] is None and referenced["date"] is None


def test_search_parameter(api):
    results = api("/api/standards/?search=sequence")["results"]
    assert [s["code"] for s in results] == ["ST.26"]
