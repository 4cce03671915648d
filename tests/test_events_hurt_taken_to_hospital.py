"""Where the hurt were taken and the day they were seen in hospital are not an incident's
place and day: "taken by boat to the provincial hospital in X, where two of them were in a
serious condition on Wednesday" after an attack on Tuesday keeps the wounded with Tuesday's
attack, placed where it happened; a later attack told on Wednesday is an incident of its
own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

STORY = (
    "Gunmen raided the village of Chiure Velho in Cabo Delgado province, Mozambique, on "
    "Tuesday, killing two fishermen. Five villagers were wounded and were taken by boat to "
    "the provincial hospital in Pemba, where three of them were in a serious condition on "
    "Wednesday. \"They shot at everyone who ran,\" said a resident.\n\n"
    "On Wednesday evening, suspected insurgents ambushed an army truck near Macomia, killing "
    "two soldiers.")


def test_wounded_in_hospital_stay_with_the_attack() -> None:
    events = {e.date_start: e for e in extract(STORY, published="2024-05-09")
              if isinstance(e, Event)}
    assert sorted(events) == ["2024-05-07", "2024-05-08"], sorted(events)
    raid, ambush = events["2024-05-07"], events["2024-05-08"]
    assert {c.kind: c.count for c in raid.casualties} == {"killed": 2, "wounded": 5}
    assert raid.location.name != "Pemba" and ambush.location.name != "Pemba"
    assert not [c for c in ambush.casualties if c.kind == "wounded"]


@pytest.mark.parametrize(
    "text",
    [
        "Two people wounded by a grenade at a market on Friday were flown to the military "
        "hospital in Pemba, Mozambique.",
        "A grenade thrown into a crowd on Friday wounded two people, who were taken to the "
        "district hospital in Pemba, Mozambique.",
    ],
)
def test_an_adjective_before_the_hospital_still_marks_where_the_hurt_went(text: str) -> None:
    events = [e for e in extract(text, published="2024-05-11") if isinstance(e, Event)]
    assert [e.location.name for e in events] == ["Mozambique"]
