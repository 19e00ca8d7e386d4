"""/standards/: the WIPO Standards in the order of their codes. (Filters, sorting, pagination
and exports: ``tests/records/test_lists.py``.)"""

import re

import pytest

from standards.models import Standard

pytestmark = pytest.mark.django_db


def test_standards_are_listed_in_the_order_of_their_numbers(get):
    html = get("/standards/").text
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    codes = re.findall(r'<th scope="row"><a href="/standards/(ST\.\d+)/">', body)
    assert len(codes) == Standard.objects.count()
    assert codes == sorted(codes, key=lambda code: int(code.split(".")[1]))
    assert codes.index("ST.3") < codes.index("ST.9") < codes.index("ST.26")  # not "ST.26" < "ST.3"
