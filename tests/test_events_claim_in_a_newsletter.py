"""A convoy ambush a group claims in its weekly newsletter, told "last week" and then "the
attack took place on Friday afternoon": the Friday of the week told, not the day before a
Saturday's story; the claim in a headline's present tense ("Islamic State says it
attacked ...") or with an indefinite article ("has claimed an ambush") is a claim; the
branch quoted from the group's words ('in its "Central Africa Province"') is the attacker."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import find_date_mentions
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.conftest import only_event

_STORY = (
    "Islamic State says it attacked army convoy near Beni\n\n"
    "The Islamic State group has claimed an ambush on an army convoy near Beni in North Kivu "
    "province last week, in which the army says four of its soldiers were killed.\n\n"
    "The claim appeared in the group's weekly newsletter on Thursday. It said \"soldiers of the "
    "caliphate\" in its \"Central Africa Province\" had attacked the convoy with machine guns.\n\n"
    "An army spokesman said the attack took place on Friday afternoon, about 15 kilometres "
    "north of Beni, when the convoy was returning from Butembo. Seven soldiers were "
    "wounded, he said.")


def test_events_claimed_ambush_told_last_week_is_one_event(pipeline: RulePipeline) -> None:
    records = pipeline(document_from_text(_STORY, published="2022-06-18", doc_id="s"))
    events = [r for r in records if isinstance(r, Event)]
    assert [e.date_start for e in events] == ["2022-06-10"], [e.notes for e in events]
    event = events[0]
    assert (event.actor1, event.actor2) == (
        "Islamic State Central Africa Province",
        "Military Forces of the Democratic Republic of Congo"), event.notes


@pytest.mark.parametrize(("text", "day"), [
    ("Gunmen attacked a convoy last week. The attack took place on Friday.", date(2022, 6, 10)),
    ("Gunmen attacked a convoy last week. The ambush happened on Tuesday.", date(2022, 6, 7)),
    # no week told before: the Friday before the telling
    ("Gunmen attacked a convoy. The attack took place on Friday.", date(2022, 6, 17)),
    # a weekday told otherwise is read as before
    ("Gunmen attacked a convoy last week. Police arrested a man on Friday.",
     date(2022, 6, 17)),
])
def test_dates_weekday_of_the_week_told_before(text: str, day: date) -> None:
    found = [m for m in find_date_mentions(text, published=date(2022, 6, 18))
             if m.time_precision == 1]
    assert found[-1].date_start == day, found


def test_events_headline_says_it_attacked_is_a_claim(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "Al-Shabaab says it attacked army base near Kismayo\n\n"
                                 "Gunmen attacked an army base near Kismayo, Somalia, on "
                                 "Friday, killing four soldiers, officials said.")
    assert event.actor1 == "Al Shabaab", event.notes
