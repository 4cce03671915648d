"""Raids and attacks retold by wires, each under ``fixtures/raids``, written for these tests.

Farmers "abducted by gunmen last week" and rescued "on Thursday" date the rescue to the
Thursday, and the farmers troops "rescue" are no associates of theirs. An ambush on Saturday
and the pursuit "the following day" near another town are two events, the headline's "11
assailants killed in pursuit" the pursuit's alone, and the attack "Last month" a third; bodies
"found dead the next day" are the incident's. What a command "said late last month" it had done
is not a strike of early June. "Two soldiers and five attackers were killed, and three
civilians wounded" counts each side; a bombing claimed by one group and blamed by a minister on
another is the claimant's. "One officer sustained minor injuries", told of a police raid, is a
policeman hurt. A release translated from Portuguese tells its dead as "two members of the FDS
lost the life", the force it named in full and abbreviated, "three others" of them hurt, and an
attack "late last month" is of the last days of August, cited; "early last month" is the first
ten days of the month before.
"""

from __future__ import annotations

from datetime import date

from eventcoder import extract
from eventcoder.dates import find_date_mentions
from eventcoder.records import Event
from tests.conftest import fixture_records


def _events(name: str, published: str) -> list[Event]:
    return [r for r in fixture_records("raids", name, published)
            if isinstance(r, Event) and not r.background]


def _counts(event: Event) -> set[tuple[str, str | None, int | None]]:
    return {(c.kind, c.party, c.count) for c in event.casualties}


def test_rescue_is_dated_by_its_own_day_not_the_abduction() -> None:
    [event] = _events("wire-rescue-taken-last-week", "2023-08-03")
    assert (event.date_start, event.date_end) == ("2023-08-03", "2023-08-03")
    assert (event.actor1, event.assoc_actor_1) == ("Military Forces of Nigeria", [])
    assert ("killed", "Unidentified Armed Group (Nigeria)", 3) in _counts(event)
    assert ("detained", "Unidentified Armed Group (Nigeria)", 2) in _counts(event)
    assert ("wounded", "Military Forces of Nigeria", 1) in _counts(event)


def test_pursuit_the_following_day_is_an_event_of_its_own() -> None:
    events = sorted(_events("wire-ambush-pursuit-following-day", "2023-10-09"),
                    key=lambda e: e.date_start or "")
    assert [(e.date_start, e.location.place, e.fatalities) for e in events] == [
        ("2023-09-01", "Tera", 9), ("2023-10-07", "Ayorou", 4), ("2023-10-08", "Bankilare", 11)]
    _, ambush, pursuit = events
    assert _counts(ambush) == {("killed", "Military Forces of Niger", 4),
                               ("wounded", "Military Forces of Niger", 6)}
    assert _counts(pursuit) == {("killed", "Unidentified Armed Group (Niger)", 11)}
    assert pursuit.actor1 == "Military Forces of Niger"


def test_bodies_found_the_next_day_are_of_the_incident() -> None:
    text = ("On 12 June 2021, gunmen ambushed a police patrol near Tlalpan, killing one "
            "officer. Two more officers were found dead the next day in a ravine. "
            "3 fatalities.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert [(e.date_start, e.fatalities) for e in events] == [("2021-06-12", 3)]


def test_what_was_told_before_the_strike_is_no_part_of_it() -> None:
    [event] = _events("wire-strike-vehicle-told-last-month", "2024-06-06")
    assert (event.date_start, event.date_end) == ("2024-06-03", "2024-06-04")
    assert event.sub_event_type == "air_drone_strike"
    assert event.actor1 != "US Africa Command"
    assert (event.actor2, event.fatalities) == ("Al Shabaab", 2)
    assert event.location.place == "Bu'aale"


def test_counts_by_side_in_one_sentence() -> None:
    [event] = _events("afp-post-counts-by-side", "2022-05-22")
    assert _counts(event) == {
        ("killed", "Military Forces of Burkina Faso", 2),
        ("killed", "Unidentified Armed Group (Burkina Faso)", 5),
        ("wounded", "Civilians (Burkina Faso)", 3)}
    assert event.fatalities == 7
    assert (event.event_type, event.date_start) == ("battles", "2022-05-22")


def test_claimed_by_one_group_blamed_on_another() -> None:
    [event] = _events("ap-claimed-one-blamed-other", "2024-02-22")
    assert event.actor1 == "Baloch Liberation Front"
    assert event.sub_event_type == "remote_explosive_landmine_ied"
    assert event.fatalities == 5
    assert ("wounded", None, 14) in _counts(event)
    assert (event.location.place, event.location.admin1) == ("Turbat", "Balochistan")


def test_officer_hurt_in_a_police_raid_is_of_the_police() -> None:
    [event] = _events("local-police-byline-suspects", "2024-03-14")
    assert ("wounded", "Police Forces of Cameroon", 1) in _counts(event)


def test_translated_lost_the_life_of_an_abbreviated_force_and_late_last_month() -> None:
    records = [r for r in fixture_records("raids", "fds-translated-lost-the-life", "2022-09-21")
               if isinstance(r, Event)]
    [clash] = [e for e in records if not e.background]
    assert (clash.date_start, clash.event_type) == ("2022-09-20", "battles")
    assert _counts(clash) == {
        ("killed", "Unidentified Armed Group (Mozambique)", 8),
        ("killed", "Military Forces of Mozambique", 2),
        ("wounded", "Military Forces of Mozambique", 3)}
    assert clash.fatalities == 10
    [cited] = [e for e in records if e.background]
    assert (cited.date_start, cited.date_end) == ("2022-08-21", "2022-08-31")


def test_part_of_last_month() -> None:
    found = find_date_mentions("The town was attacked early last month.",
                               published=date(2023, 3, 15))
    assert [(m.text, str(m.date_start), str(m.date_end)) for m in found] == [
        ("early last month", "2023-02-01", "2023-02-10")]
