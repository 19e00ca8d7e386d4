"""The curated records agree with their sources: these fail when the data is wrong."""

import re

import pytest
from django.db.models import Count, Q

from assistance.models import AssistanceReport, Figure
from records.text import contains_wording
from sessions.models import Decision, Participation, Session
from standards.models import Standard, StandardEvent
from tasks.models import Survey, SurveyResult, Task, TaskEvent, TaskForce, TaskForceEvent

pytestmark = pytest.mark.django_db


def test_every_decision_is_worded_as_its_paragraph():
    for decision in Decision.objects.select_related("paragraph__document"):
        assert contains_wording(decision.paragraph.text, decision.text), decision


def test_every_event_caused_by_a_decision_cites_its_paragraph_and_session():
    for model in (TaskEvent, StandardEvent, TaskForceEvent):
        mismatched = model.objects.filter(decision__isnull=False).exclude(
            paragraph=models_field("decision__paragraph"), session=models_field("decision__session")
        )
        assert not mismatched.exists(), list(mismatched)


def models_field(name):
    from django.db.models import F

    return F(name)


def test_invitations_to_the_committee_are_proposals_not_decisions():
    invited = Decision.objects.filter(
        Q(paragraph__text__startswith="The CWS is invited")
        | Q(paragraph__text__startswith="The WIPO General Assembly is invited")
    )
    assert invited.exists()
    assert set(invited.values_list("nature", flat=True)) == {"proposal"}


@pytest.mark.parametrize(
    ("pattern", "linked"),
    [
        (r"Task No\. ?(\d+)", lambda d: {t.number for t in d.tasks.all()}),
        (r"\b(ST\.\d+)", lambda d: {s.code for s in d.standards.all()}),
    ],
)
def test_what_a_decision_names_it_links(pattern, linked):
    """A Task or Standard named in a decision's wording is linked from that decision."""
    missing = []
    for decision in Decision.objects.filter(nature="decision").prefetch_related(
        "tasks", "standards"
    ):
        named = {int(n) if n.isdigit() else n for n in re.findall(pattern, decision.text)}
        if named - linked(decision):
            missing.append((str(decision), named - linked(decision)))
    assert not missing


def test_task_forces_named_in_a_decision_exist_and_are_linked():
    names = set(TaskForce.objects.values_list("name", flat=True))
    missing = []
    for decision in Decision.objects.filter(nature="decision").prefetch_related("task_forces"):
        named = {name for name in names if re.search(rf"(?<![A-Za-z]){name}", decision.text)}
        if named - {tf.name for tf in decision.task_forces.all()}:
            missing.append((str(decision), named - {tf.name for tf in decision.task_forces.all()}))
    assert not missing


def test_cws_13_14_citation_of_cws_12_29_paragraphs_146_and_147():
    created = TaskEvent.objects.get(task__number=67, kind="created")
    assert (created.paragraph.document.symbol, created.paragraph.number) == ("CWS/12/29", 146)
    assert created.session.number == 12
    assert created.description == (
        "Analyze existing practices and challenges experienced by IP offices with a view to "
        "explore solutions to improve global IP data exchange."
    )
    established = TaskForceEvent.objects.get(
        task_force__name="IP Data Exchange Task Force", kind="established"
    )
    assert (established.paragraph.document.symbol, established.paragraph.number) == (
        "CWS/12/29",
        147,
    )
    leaders = TaskForce.objects.get(name="IP Data Exchange Task Force").leaders
    assert set(leaders.values_list("short_name", flat=True)) == {"JPO", "SAIP", "IB"}


def test_participant_counts_match_what_the_report_states():
    session = Session.objects.get(number=12)
    counts = dict(
        Participation.objects.filter(session=session)
        .values_list("capacity")
        .annotate(n=Count("id"))
    )
    assert counts == {"member_state": 64, "igo_member": 4, "observer": 6}
    assert (session.stated_member_states, session.stated_igos, session.stated_observers) == (
        64,
        4,
        6,
    )


def test_session_officers():
    officers = {
        (o.session.number, o.role, o.name)
        for o in Session.objects.get(number=12).officers.select_related("session")
    }
    assert (12, "chair", "Michael Cristiano") in {
        (s, r, n.replace("Mr. ", "")) for s, r, n in officers
    }
    assert sum(1 for _, role, _ in officers if role == "vice_chair") == 2


def test_survey_respondents_match_the_stated_count():
    survey = Survey.objects.get(slug="ip-data-exchange-practices-2025")
    assert survey.stated_respondents == 20
    assert survey.respondents.count() == 20


def test_every_standard_of_the_survey_table_is_linked():
    rows = SurveyResult.objects.filter(table="standards_used")
    assert rows.count() == 11
    assert not rows.filter(standard__isnull=True).exists()
    assert dict(rows.values_list("standard__code", "count"))["ST.36"] == 12


def test_standard_outcomes_at_cws_12():
    def kinds(code):
        return set(
            StandardEvent.objects.filter(standard__code=code, session__number=12).values_list(
                "kind", flat=True
            )
        )

    assert "adopted" in kinds("ST.92")
    assert "not_adopted" in kinds("ST.93")
    for code in ("ST.3", "ST.9", "ST.80", "ST.27", "ST.61", "ST.87", "ST.91"):
        assert "revised" in kinds(code), code
    assert Standard.objects.get(code="ST.93").status == "draft"


def test_cws_12_has_about_a_hundred_decisions():
    assert 80 <= Decision.objects.filter(session__number=12, nature="decision").count() <= 140


def test_task_descriptions_match_their_latest_revision():
    for task in Task.objects.exclude(description=""):
        latest = (
            task.events.filter(kind__in=["created", "description_revised"])
            .order_by("-session__number", "-pk")
            .first()
        )
        assert latest is not None, task
        assert latest.description == task.description, task


def test_technical_assistance_figures_are_comparable_across_the_three_years():
    assert list(AssistanceReport.objects.values_list("year", flat=True)) == [2021, 2022, 2023]
    for metric in ("ipos_using_business_solutions", "ipos_in_case_das"):
        years = Figure.objects.filter(metric=metric, office__isnull=True).values_list(
            "report__year", flat=True
        )
        assert sorted(years) == [2021, 2022, 2023], metric
