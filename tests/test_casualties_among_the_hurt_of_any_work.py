"""A part told after the count, opening "Among the injured were" or "Among the dead were",
is who some of those counted were, whatever their work ("three emergency workers"), where
neither the count nor the part bears arms; soldiers among the dead of civilians counted
are a count of their own side."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.analyst_readings import party_counts

STRIKE = ("Russian missiles struck Chuhuiv on July 21, killing seven civilians and injuring 19, "
          "the governor said. ")


def _event(text: str) -> Event:
    (event,) = [e for e in extract(text, published="2024-07-22") if isinstance(e, Event)]
    return event


@pytest.mark.parametrize(("part", "kind", "count"), [
    ("Among the injured were three emergency workers who arrived after the first blast.",
     "wounded", 19),
    ("Among the wounded were two nurses.", "wounded", 19),
    ("Among the dead were three emergency workers.", "killed", 7),
    ("Among those killed were a bus driver and a teacher.", "killed", 7),
])
def test_part_of_the_unarmed_counted(part: str, kind: str, count: int) -> None:
    assert party_counts(_event(STRIKE + part), kind) == {"Civilians (Ukraine)": count}


def test_soldiers_among_the_dead_of_civilians_are_their_own() -> None:
    event = _event("Gunmen attacked a checkpoint near Chuhuiv on July 21, killing seven "
                   "civilians, the governor said. Among the dead were three soldiers.")
    assert party_counts(event, "killed") == {"Civilians (Ukraine)": 7,
                                             "Armed Forces of Ukraine": 3}
