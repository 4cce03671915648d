"""A raid release of an earlier year, under ``fixtures/raids``, written for these tests: a
senior leader killed, "identified as" by a name with a particle ("Abu Khalid al-Iraqi"),
"and one of his bodyguards", two more detained, and "No civilians were harmed"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event, Statement
from tests.conftest import fixture_records


def test_raid_leader_and_bodyguard_are_two_dead() -> None:
    records = fixture_records("raids", "centcom-raid-earlier-year-senior-leader", "2019-10-25")
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.date_start, event.date_end) == ("2019-10-24", "2019-10-24")
    assert (event.location.country, event.location.admin1) == ("SY", "Deir ez-Zor")
    assert event.fatalities == 2
    got = sorted((c.party, c.kind, c.count) for c in event.casualties)
    assert got == sorted([
        ("Islamic State", "killed", 1), ("Islamic State", "killed", 1),
        ("Islamic State", "detained", 2),
        # "No civilians were harmed ..., and no U.S. forces were injured": explicit zeros
        ("Civilians (Syria)", "wounded", 0), ("US forces", "wounded", 0)])
    assert not [r for r in records if isinstance(r, Statement)]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # the retinue told under the verb that counts the leader told before by role
        ("The raid killed the leader and one of his bodyguards.", 2),
        ("The raid killed the leader, identified as Abu Khalid al-Iraqi, and two of his "
         "aides.", 3),
        ("The raid killed the commander, identified as Omar bin Salim, and one of his "
         "guards.", 2),
        # the leader told again, no one more
        ("The raid killed the leader, the command said.", 1),
    ],
)
def test_raid_retinue_beside_a_leader_told_before(sentence: str, dead: int) -> None:
    text = ("U.S. forces kill senior ISIS leader in Syria\n\nTAMPA, Fla. - U.S. Central "
            "Command forces conducted a helicopter raid in northeast Syria on Oct. 24, 2019, "
            f"killing a senior ISIS leader.\n\n{sentence}\n")
    [event] = [r for r in extract(text, published="2019-10-25") if isinstance(r, Event)]
    assert event.fatalities == dead


def test_raid_retinue_told_again_is_not_more_dead() -> None:
    # "killed X and three of his aides ... X and three of his aides were killed": the same
    text = ("Raid kills militant leader\n\nSecurity forces killed Abu Talha and three of his "
            "aides in a raid near Rutba in Anbar province on Monday. Abu Talha and three of "
            "his aides were killed in the raid, the statement said.\n")
    [event] = [r for r in extract(text, published="2024-05-07") if isinstance(r, Event)]
    assert event.fatalities == 4
