"""Two parties' deeds told in one story, at nearby places of one city on one day: a
sentence that opens on another part of the day ("In the afternoon,") and tells another kind
of deed tells another incident, with its own doer. The deed told first keeps its own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-05-14") if isinstance(r, Event)]


def _killed(event: Event) -> int:
    return sum(c.count or 0 for c in event.casualties if c.kind == "killed")


STORIES = [
    ("Soldiers exchanged fire with gunmen in the old market quarter of Kisumu overnight, "
     "and one man was killed. In the afternoon, a car bomb exploded outside a bus station "
     "in the same city, killing six people. The Eastern Front said it planted the bomb."),
    ("Police clashed with armed men near the river docks in Mombasa before dawn, leaving "
     "two dead. In the evening, a bomb went off in a crowded shopping centre nearby, killing "
     "four shoppers. The Eastern Front claimed the bombing."),
    ("Troops fought a gun battle with fighters in a northern suburb of Kisumu on Sunday "
     "night, and one fighter was killed. Later that morning, a roadside bomb exploded "
     "near a school in the city, killing two children. The Eastern Front said it set the "
     "bomb."),
    ("Soldiers and gunmen exchanged fire in the east of Mombasa, and a bystander was "
     "wounded. During the afternoon, an explosive device blew up at a railway station in "
     "the city, killing five travellers. The Eastern Front admitted planting the device."),
    ("Troops on patrol in two districts of Kisumu exchanged fire with gunmen, killing one "
     "of them. This afternoon, a parcel bomb exploded in a post "
     "office in the city centre, killing three clerks. The Eastern Front said it sent the "
     "parcel."),
]


@pytest.mark.parametrize("text", STORIES)
def test_events_part_of_day_opening_on_another_deed_is_its_own_event(text: str) -> None:
    events = _events(text)
    kinds = [e.event_type for e in events]
    assert "battles" in kinds and "explosions_remote_violence" in kinds, kinds
    battle = next(e for e in events if e.event_type == "battles")
    bombing = next(e for e in events if e.event_type == "explosions_remote_violence")
    assert battle is not bombing
    assert battle.actor1 != bombing.actor1, (battle.actor1, bombing.actor1)
    assert _killed(bombing) > _killed(battle), (_killed(bombing), _killed(battle))


def test_events_part_of_day_opening_on_the_same_deed_stays_one_event() -> None:
    # the same kind of deed, told on into the afternoon: one incident
    events = _events(
        "Soldiers exchanged fire with gunmen in the old market quarter of Kisumu on Monday "
        "morning. In the afternoon, the fighting went on and two gunmen were killed.")
    assert len([e for e in events if e.event_type == "battles"]) == 1, \
        [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize(("opening", "found"), [
    ("in the afternoon, a bomb went off", True),
    ("later that evening, gunmen fired", True),
    ("during the night, shells fell", True),
    ("this morning, a mine exploded", True),
    ("a bomb went off in the afternoon", False),
    ("this morning's attack was claimed", False),
])
def test_events_part_of_day_opening_is_read_at_the_sentence_start(opening: str,
                                                                   found: bool) -> None:
    from eventcoder.events import _PART_OF_DAY_OPENING

    assert bool(_PART_OF_DAY_OPENING.match(opening)) is found
