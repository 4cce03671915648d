"""Raid and strike reports of other years and theatres, under ``fixtures/raid_releases``,
written for these tests in forms the other folders lack: a regional command's helicopter
raid that killed a named senior official of a group's intelligence wing "and two of his
associates"; a defence ministry's precision strike on a vehicle by an MQ-9 firing Hellfire
missiles "on Tuesday, June 3", the three men killed named after they were told as the
group's leaders, and "There were no civilian casualties"; a partner force's joint operation
with the coalition, opened by the partner ("In a joint security operation with the
International Coalition forces, our Syrian Democratic Forces carried out a raid"), whose
detainees are counted by kind ("two ISIS leaders and five facilitators were detained"), one
of "our fighters" wounded, and a detainee's killing of the spring before; an outlet's
retelling of an air force bombing that sets the military's toll against the residents' higher
one; and an army division's update that "a fourth militant died of his wounds".

``expected.json`` holds what a careful analyst records of each (see
``tests/analyst_readings.py``); what it marks ``pending`` is documented there, with why, and
asserted to fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import extract
from eventcoder.records import Event, Record
from tests.analyst_readings import AnalystReadings

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "raid_releases")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return {name: READINGS.extracted(name) for name in READINGS.names}


@pytest.mark.parametrize("name", READINGS.names)
def test_raid_release_fields_an_analyst_records(records: dict[str, list[Record]],
                                                name: str) -> None:
    wrong = READINGS.wrong(name, records[name])
    assert not wrong, wrong


@pytest.mark.parametrize("name", READINGS.names)
def test_raid_release_pending_fields_still_fail(records: dict[str, list[Record]],
                                                name: str) -> None:
    # a pending reading that comes right is noticed: its mark is then taken off
    come_right = READINGS.come_right(name, records[name], unless_ending=("date and country",))
    assert not come_right, come_right


@pytest.mark.parametrize("name", READINGS.names)
def test_raid_release_one_incident_each(records: dict[str, list[Record]], name: str) -> None:
    events = [r for r in records[name] if isinstance(r, Event) and not r.background]
    assert len(events) == len(READINGS.gold[name]["events"]), [e.notes for e in events]


def test_raid_release_reports_are_of_news_length() -> None:
    lengths = {name: len((READINGS.folder / f"{name}.txt").read_text(encoding="utf-8").split())
               for name in READINGS.names}
    assert all(150 <= words <= 500 for words in lengths.values()), lengths


def _event(text: str, published: str) -> Event:
    [event] = [r for r in extract(text, published=published)
               if isinstance(r, Event) and not r.background]
    return event


def _counts(event: Event) -> list[tuple[str, str | None, int | None]]:
    return sorted((c.kind, c.party, c.count) for c in event.casualties)


@pytest.mark.parametrize(
    ("closing", "civilian_zero"),
    [
        ("There were no civilian casualties.", True),
        # no word between tells whose: the zero is of no party
        ("There were no other casualties.", False),
    ],
)
def test_casualties_no_civilian_casualties_are_civilians_none(closing: str,
                                                             civilian_zero: bool) -> None:
    event = _event("Troops killed three fighters of the group near Marib on Monday. "
                   f"{closing}\n", "2014-06-04")
    zeros = {(c.kind, c.party) for c in event.casualties if c.qualifier == "zero"}
    assert (("wounded", "Civilians (Yemen)") in zeros) is civilian_zero, zeros
    assert event.fatalities == 3


@pytest.mark.parametrize(
    ("second", "party"),
    [
        # "the three men" told again after "three leaders of" a group: its men
        ("The ministry named the three men killed as Ali Nasser, Omar Saleh and Abu Bakr.",
         "Al Qaeda in the Arabian Peninsula"),
        # a count that differs names other people
        ("The ministry said the two men killed were shepherds.", "Civilians (Yemen)"),
    ],
)
def test_events_the_men_counted_before_are_the_groups(second: str, party: str) -> None:
    event = _event("Forces carried out a strike on Tuesday against a vehicle carrying three "
                   "leaders of al-Qaeda in the Arabian Peninsula east of the city of Marib. "
                   f"{second}\n", "2014-06-04")
    assert {c.party for c in event.casualties if c.kind == "killed"} == {party}


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        # "our" fighters in the release of a side that calls itself "our ... Forces"
        ("One of our fighters was slightly wounded in the exchange of fire.",
         "Syrian Democratic Forces"),
        # "its" member, told of a raid, is the struck side's
        ("One of its members was wounded in the exchange of fire.", "Islamic State"),
    ],
)
def test_events_our_fighters_hurt_are_the_releasing_sides(sentence: str, party: str) -> None:
    event = _event("Our Syrian Democratic Forces carried out a raid on Wednesday on ISIS "
                   f"cells in al-Karama, east of Raqqa. {sentence}\n", "2021-08-11")
    assert [(c.party, c.count) for c in event.casualties if c.kind == "wounded"] == [(party, 1)]


def test_events_our_fighters_in_the_other_sides_quote_are_its_own() -> None:
    # the army raided; "our fighters" in the rebel commander's words are the rebels'
    event = _event("The army raided a rebel camp near Tame in Arauca on Monday, killing five "
                   "ELN fighters. \"Two of our fighters were wounded,\" an ELN commander "
                   "said.\n", "2021-08-11")
    assert ("wounded", "National Liberation Army", 2) in _counts(event)


def test_events_partner_in_a_fronted_phrase_is_no_subject() -> None:
    event = _event("In a joint security operation with the International Coalition forces, "
                   "our Syrian Democratic Forces carried out a raid at dawn on Wednesday on "
                   "ISIS cells in al-Karama, east of Raqqa, and one of our fighters was "
                   "wounded.\n", "2021-08-11")
    assert event.actor1 == "Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("detained", "counts"),
    [
        ("two ISIS leaders and five facilitators were detained",
         [("detained", "Islamic State", 7)]),
        ("two ISIS leaders and three financiers were detained",
         [("detained", "Islamic State", 5)]),
        # plain men beside them name no side
        ("two ISIS leaders and three men were detained",
         [("detained", "Islamic State", 2), ("detained", "Civilians (Syria)", 3)]),
    ],
)
def test_events_those_who_serve_a_group_counted_beside_its_men(
        detained: str, counts: list[tuple[str, str, int]]) -> None:
    event = _event("Syrian Democratic Forces raided ISIS cells in al-Karama, east of Raqqa, "
                   f"on Wednesday. As a result of the operation, {detained}.\n", "2021-08-11")
    assert _counts(event) == sorted(counts)


@pytest.mark.parametrize(
    ("told", "dead"),
    [
        # a deed of a detainee told of a time gone by is his record
        ("One of the leaders is responsible for the assassination of two council members "
         "last spring.", None),
        # told of this raid, the count is the raid's
        ("The raid killed two members of the cell.", 2),
    ],
)
def test_casualties_a_detainees_past_killing_is_no_toll(told: str, dead: int | None) -> None:
    event = _event("Syrian Democratic Forces raided ISIS cells in al-Karama, east of Raqqa, "
                   f"on Wednesday and detained three leaders. {told}\n", "2021-08-11")
    assert event.fatalities == dead


def test_casualties_deaths_in_earlier_operations_are_none_of_this() -> None:
    event = _event("Military aircraft bombed a camp of dissidents in Calamar, Guaviare, on "
                   "Wednesday, killing 10 of them, the army said. The tactic drew criticism "
                   "after the deaths of recruited minors in earlier operations.\n",
                   "2018-11-15")
    assert event.fatalities == 10
    assert {c.party for c in event.casualties} == {"FARC dissidents"} or all(
        c.party != "Civilians (Colombia)" for c in event.casualties)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the bombing told again beside the aircraft that bombed is the air strike
        ("Military aircraft bombed a rebel camp in Calamar, Guaviare, on Wednesday, killing "
         "10 fighters. The bombing took place before dawn. The bombing was the third this "
         "year.\n", "air_drone_strike"),
        # a bombing with no aircraft is a device
        ("A bombing at a market in Calamar, Guaviare, on Wednesday killed 10 people. The "
         "bombing took place before dawn.\n", "remote_explosive_landmine_ied"),
    ],
)
def test_events_a_bombing_told_again_beside_aircraft(text: str, sub_event_type: str) -> None:
    assert _event(text, "2018-11-15").sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("second", "dead"),
    [
        # another teller's toll of everyone, set against a side's count: the lower stands
        ("while community leaders said at least 16 people died", 10),
        # the other teller's count of another fate is no figure for the dead
        ("while community leaders said at least 16 people were wounded", 10),
    ],
)
def test_casualties_another_tellers_higher_toll(second: str, dead: int) -> None:
    event = _event("Colombia's armed forces said on Thursday that 10 members of a FARC "
                   "dissident group were killed when military aircraft bombed a camp in "
                   f"Calamar, Guaviare, {second}.\n", "2018-11-15")
    assert event.fatalities == dead
    wounded = [c.count for c in event.casualties if c.kind == "wounded"]
    assert wounded == ([16] if "wounded" in second else [])


def test_casualties_a_group_told_again_in_words_naming_no_side() -> None:
    event = _event("The army said 10 members of a FARC dissident group were killed when "
                   "aircraft bombed a camp in Calamar, Guaviare, on Wednesday. \"The operation "
                   "neutralised 10 members of the criminal structure,\" the general said.\n",
                   "2018-11-15")
    assert _counts(event) == [("killed", "FARC dissidents", 10)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the fourth told twice, beside the three of the day before: four in all
        ("Fourth Dawlah Islamiyah member dies\n\nThe division said a fourth militant died "
         "of his wounds. Three members of the group were killed in the encounter. Troops "
         "clashed with the Dawlah Islamiyah in Datu Saudi Ampatuan on Wednesday.\n", 4),
        # a fourth soldier is no fourth militant
        ("Troops clashed with the Dawlah Islamiyah in Datu Piang on Wednesday. Three "
         "militants and three soldiers were killed. A fourth militant died of his wounds on "
         "Thursday, and a fourth soldier died in hospital.\n", 8),
    ],
)
def test_casualties_one_man_of_one_rank_told_twice(text: str, dead: int) -> None:
    assert _event(text, "2019-09-19").fatalities == dead


def test_events_the_local_terrorist_group_is_the_one_named() -> None:
    event = _event("The division announced on Thursday that a militant died of his wounds "
                   "following Wednesday's encounter with members of the Dawlah Islamiyah in "
                   "Datu Piang.\n\nIn yesterday's release, the division reported that three "
                   "members of the local terrorist group were killed when troops engaged some "
                   "15 armed men in the area.\n", "2019-09-19")
    assert ("killed", "Dawlah Islamiyah", 3) in _counts(event)


def test_events_taken_by_the_troops_to_a_hospital_is_no_place_of_the_fight() -> None:
    event = _event("Soldiers clashed with Abu Sayyaf gunmen in Patikul, Sulu, on Monday. A "
                   "wounded soldier was taken by the troops to a hospital in Zamboanga City, "
                   "where he died.\n", "2019-09-19")
    assert (event.location.name, event.fatalities) == ("Patikul", 1)
