"""Aircraft and bombs named by their designations ("Two F-15E Strike Eagles dropped four
GBU-38 bombs") are the strike's equipment: the variant letter and the bomb's series are
written onto the name the lexicon knows."""

from __future__ import annotations

import pytest

from tests.found_records import events_in, read


@pytest.mark.parametrize(
    ("sentence", "equipment"),
    [
        ("Two F-15E Strike Eagles dropped four GBU-38 bombs on the compound, killing three "
         "militants.", ["F-15", "guided bomb"]),
        ("An F-16C struck the camp with two GBU-12s, killing five fighters.",
         ["F-16", "guided bomb"]),
        ("Coalition jets dropped JDAMs on the depot, killing two fighters.",
         ["warplane", "guided bomb"]),
    ],
)
def test_events_aircraft_and_munitions_by_their_designations(
        sentence: str, equipment: list[str]) -> None:
    text = "On 3 May 2020, near Jilib, Middle Juba, Somalia. " + sentence
    (strike,) = events_in(read(text, "2020-05-04"))
    assert sorted(strike.equipment) == sorted(equipment)
