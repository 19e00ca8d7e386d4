"""Simultaneous saves (issue 10, items 1 and 2), for real: two editors, each in a browser
session of their own, open the same decision and press save at the same moment, against
gunicorn (two processes) on the suite's database server. Of every such pair exactly one save is
accepted, the other is refused with who changed what, nobody gets a server error ("database is
locked" on SQLite, before), and exactly one history entry is written per accepted save."""

import threading

import pytest

from tests.conftest import form_fields
from tests.sites import ROOT, manage, signed_in

pytestmark = pytest.mark.isolated
ROUNDS = 8
USERS = {"editor_a": "Secretariat editors", "editor_b": "Secretariat editors"}


def decision_state(database):
    """The decision's note and its number of history entries, read by the site's own code."""
    script = (
        "from sessions.models import Decision\n"
        "d = Decision.objects.get(paragraph__document__symbol='CWS/12/29', "
        "paragraph__number=146)\n"
        "print(d.pk, d.history.count(), d.note, sep='\\t')\n"
    )
    pk, entries, note = (
        manage(ROOT, database, "shell", "--no-imports", "-c", script).rstrip("\n").split("\t", 2)
    )
    return int(pk), int(entries), note


def test_of_two_simultaneous_saves_exactly_one_is_accepted(live_site):
    base, database = live_site(USERS)
    pk, entries_before, _ = decision_state(database)
    url = f"{base}/admin/cws_sessions/decision/{pk}/change/"
    editors = {name: signed_in(base, name) for name in USERS}
    accepted_notes, refused = [], 0
    for round_ in range(ROUNDS):
        forms = {
            name: dict(form_fields(s.get(url, timeout=30).text, "decision_form"))
            for name, s in editors.items()
        }
        results, start = {}, threading.Barrier(len(editors))

        def save(name, round_=round_, forms=forms, results=results, start=start):
            data = {**forms[name], "note": f"Round {round_}: checked by {name}."}
            start.wait()
            results[name] = editors[name].post(url, data=data, timeout=60, allow_redirects=False)

        threads = [threading.Thread(target=save, args=(name,)) for name in editors]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        statuses = sorted(response.status_code for response in results.values())
        assert statuses == [200, 302], (round_, statuses, [r.text[:300] for r in results.values()])
        (winner,) = [name for name, r in results.items() if r.status_code == 302]
        (loser,) = [name for name, r in results.items() if r.status_code == 200]
        assert f"was changed by {winner} on" in results[loser].text
        # the refused editor's input is still in the form
        assert f"Round {round_}: checked by {loser}." in results[loser].text
        accepted_notes.append(f"Round {round_}: checked by {winner}.")
        refused += 1
    _, entries_after, note = decision_state(database)
    assert note == accepted_notes[-1]
    assert entries_after - entries_before == ROUNDS == len(accepted_notes) == refused
