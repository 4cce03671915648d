"""Incidents as a humanitarian bulletin lists them, one a bullet: "killing 12 civilians,
including five children" is twelve civilians, the children among them, not two counts of
civilians; a band that killed villagers and took others away attacked them (ACLED codes the
killing, the taking is part of it), while a taking with no one killed stays an abduction;
and the bulletin's title above its highlights ("Kailahun District: Attacks on civilians
around A and B") sums up the list, no incident of its own."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published="2023-09-20")
            if isinstance(r, Event)]


def _killed(event: Event) -> dict[str | None, int | None]:
    return {c.party: c.count for c in event.casualties if c.kind == "killed"}


@pytest.mark.parametrize(
    "text",
    [
        "On 18 September, militiamen raided a camp for displaced people near Kailahun, "
        "Sierra Leone, killing 9 civilians, including four children, and wounding six others.",
        "On 18 September, armed men attacked the market of Kailahun, Sierra Leone, killing "
        "three civilians, including a child.",
    ],
    ids=["killing-nine-four-children", "killing-three-a-child"],
)
def test_a_part_told_after_the_killing_stays_inside_one_count(text: str) -> None:
    events = _events(text)
    assert len(events) == 1, [e.notes for e in events]
    killed = _killed(events[0])
    assert list(killed.values()) in ([9], [3]), killed
    assert events[0].fatalities == next(iter(killed.values()))


def test_a_part_of_another_side_is_still_told_apart() -> None:
    events = _events("On 18 September, armed men attacked a checkpoint near Kailahun, Sierra "
                     "Leone, killing 9 people, including four soldiers.")
    assert len(events) == 1
    assert sorted(c for c in _killed(events[0]).values() if c is not None) == [4, 5]
    assert events[0].fatalities == 9


@pytest.mark.parametrize(
    "text",
    [
        "On 18 September, gunmen killed 11 farmers in the village of Mbanta, near Kailahun, "
        "Sierra Leone, and abducted at least four others.",
        "On 18 September, armed men attacked Mbanta, near Kailahun, Sierra Leone, killing "
        "seven villagers and kidnapping three women.",
    ],
    ids=["killed-and-abducted", "killing-and-kidnapping"],
)
def test_killing_then_taking_is_an_attack(text: str) -> None:
    events = _events(text)
    assert len(events) == 1, [e.notes for e in events]
    assert (events[0].event_type, events[0].sub_event_type) == (
        "violence_against_civilians", "attack"), events[0].notes
    assert any(c.kind == "abducted" for c in events[0].casualties)


def test_a_taking_alone_stays_an_abduction() -> None:
    events = _events("On 18 September, gunmen abducted four farmers in the village of Mbanta, "
                     "near Kailahun, Sierra Leone.")
    assert len(events) == 1
    assert events[0].sub_event_type == "abduction_forced_disappearance", events[0].notes


def test_captives_killed_stay_with_their_abduction() -> None:
    events = _events("On 18 September, near Kailahun, Sierra Leone, the three hostages were "
                     "killed by the gunmen who had abducted them from a farm in Mbanta.")
    assert events, events
    assert events[0].sub_event_type == "abduction_forced_disappearance", events[0].notes


_BULLETIN = (
    "SIERRA LEONE\n"
    "Kailahun District: Attacks on civilians around Koindu and Pendembu\n"
    "\n"
    "KEY POINTS\n"
    "\u2022 At least 15 villagers killed in two raids near Koindu and Pendembu since "
    "14 September.\n"
    "\u2022 Some 4,000 people have fled towards Kailahun town.\n"
    "\n"
    "OVERVIEW\n"
    "Relief workers in the district report the following incidents:\n"
    "\u2022 On 14 September, gunmen raided a village near Koindu, killing nine farmers.\n"
    "\u2022 On 16 September, armed men attacked the market of Pendembu, killing six "
    "traders.\n"
)


def test_a_bulletins_title_above_its_highlights_is_no_incident() -> None:
    events = _events(_BULLETIN)
    assert sorted(e.date_start for e in events) == ["2023-09-14", "2023-09-16"], [
        (e.date_start, e.notes) for e in events]
    # the title still says in which district the first incident listed took place
    first = min(events, key=lambda e: e.date_start or "")
    assert first.location.admin1 == "Eastern", first.notes
