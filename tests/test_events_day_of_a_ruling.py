"""The day a court ruled ("A court on Thursday sentenced two men for helping the militants
who attacked a bus two years ago") is no day of the attack the ruling tells of: the attack
keeps the time its own clause or a later sentence gives it, and is background where that
lies long before the report. All texts are made up for these tests."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in RulePipeline()(document_from_text(text, doc_id="t", published=published))
            if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("A court in Garissa on Tuesday sentenced three men to life in prison for their part in "
     "an attack on a quarry in Mandera county three years ago, killing nine workers. "
     "Gunmen opened fire on the workers at the quarry near Mandera town on March 2, 2016.",
     "2019-05-15", "2016-03-02"),
    ("A tribunal in Ouagadougou on Monday convicted four men of helping the jihadists who "
     "attacked a church in Dablo, killing six worshippers. The attackers struck the church "
     "during mass on May 12, 2019.", "2021-11-23", "2019-05-12"),
    ("The high court on Friday acquitted two men accused of joining the gunmen who raided a "
     "village in Plateau State, killing 14 people. The raid on the village of Kwall took "
     "place on 7 September 2018.", "2020-02-08", "2018-09-07"),
])
def test_the_day_of_a_ruling_dates_no_attack(text: str, published: str, day: str) -> None:
    events = _events(text, published)
    assert [(e.date_start, e.background) for e in events] == [(day, True)]


def test_a_deed_of_the_day_after_a_ruling_keeps_its_day() -> None:
    # the day is of the clash the sentence tells, no ruling after it
    [event] = _events("Gunmen on Thursday attacked a police post in Mandera county, killing "
                      "two officers.", "2019-05-17")
    assert (event.date_start, event.background) == ("2019-05-16", False)
