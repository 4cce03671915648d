"""A date in a "since" clause told after an undated incident ("Attacks have risen since the
group ended a ceasefire in November last year") opens the stretch of the report's context:
it is no day of the incident, which keeps the day of the telling. Told in the incident's own
sentence ("Residents have fled since gunmen killed 12 villagers on Monday") it dates the
deed of its clause, as before. All texts are made up for these tests."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _days(text: str, published: str) -> list[str]:
    return [r.date_start or "" for r in RulePipeline()(
        document_from_text(text, doc_id="t", published=published)) if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "published"), [
    ("A bomb killed four policemen at a checkpoint in Quetta, officials said. Attacks have "
     "risen since the TTP ended a ceasefire with the government in November last year.",
     "2023-04-11"),
    ("Gunmen shot dead two traders at a market in Maiduguri, police said. Killings in the "
     "city have doubled since March.", "2021-09-02"),
    ("Militants ambushed a patrol near Kidal, killing three soldiers, the army said. Such "
     "attacks have grown since the peace deal collapsed in 2022.", "2024-02-14"),
])
def test_a_since_clause_after_the_incident_dates_nothing(text: str, published: str) -> None:
    assert _days(text, published) == [published]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Residents have fled Dera Bugti since gunmen killed 12 villagers there on Monday.",
     "2023-04-11", "2023-04-10"),
    ("Gunmen shot dead two traders at a market in Maiduguri on Tuesday, police said. "
     "Killings in the city have doubled since March.", "2021-09-02", "2021-08-31"),
    # a headline tells the event, the first body sentence its day in the "since" clause
    ("Gunmen kill three in Kano village\n\nResidents have fled since gunmen killed three "
     "villagers there on Monday.", "2023-04-11", "2023-04-10"),
])
def test_the_incidents_own_day_stands(text: str, published: str, day: str) -> None:
    assert _days(text, published) == [day]
