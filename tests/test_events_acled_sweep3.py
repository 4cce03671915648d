"""ACLED's one-paragraph notes on the confusions between event types most frequent now, under
``fixtures/acled_sweep3``: battles against explosions and remote violence (a clash opened with
shelling or mortars, an ambush with an IED and then gunfire), mob violence against attacks,
violence against civilians against strategic developments (abductions for ransom, looting
with beatings, detentions that are disappearances), armed clashes against attacks, and
protests met with intervention against peaceful ones; the dead and hurt told in many ways.
Below them, the readings they showed wrong, each tried on more notes of its own.

The notes were written for these tests. ``expected.json`` holds what an ACLED coder records of
each (``tests/analyst_readings.py`` reads it). What it marks ``pending`` is asserted to fail, so
that a reading that comes right is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.quantities import find_casualty_mentions
from tests.analyst_readings import AnalystReadings, NoteSweepTests
from tests.conftest import lead_event

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "acled_sweep3")

_SIDES_OF_A_LINE = {
    "battles": {"armed_clash"},
    "explosions": {"shelling_artillery_missile_attack", "remote_explosive_landmine_ied"},
    "riots": {"mob_violence"},
    "violence_against_civilians": {"attack", "abduction_forced_disappearance"},
    "strategic_developments": {"arrests", "looting_property_destruction", "other"},
    "protests": {"peaceful_protest", "protest_with_intervention"},
}


class TestAcledSweep3(NoteSweepTests):
    readings = READINGS


def test_events_acled_sweep3_both_sides_of_every_line() -> None:
    told = [event["sub_event_type"] for report in READINGS.gold.values()
            for event in report["events"]]
    for kind, sub_types in _SIDES_OF_A_LINE.items():
        assert sum(told.count(sub) for sub in sub_types) >= 5, kind
    assert len(READINGS.names) == 60


def test_events_acled_sweep3_casualties_told_by_side() -> None:
    counted = [report for report in READINGS.gold.values()
               if any("killed" in event or "wounded" in event for event in report["events"])]
    assert len(counted) >= 20


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        ("On 7 January 2021, villagers hacked to death an elderly man accused of witchcraft in "
         "Kirundo, Kirundo.", "Rioters (Burundi)"),
        ("On 20 June 2023, a crowd attacked and beat a man accused of blasphemy in Khasavyurt, "
         "Dagestan.", "Rioters (Russia)"),
        ("On 12 April 2020, residents stoned a suspected cattle thief near Mbale, Mbale.",
         "Rioters (Uganda)"),
    ],
)
def test_events_acled_sweep3_a_crowd_that_hacked_or_stoned_is_a_mob(text: str,
                                                                   rioters: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1) == ("mob_violence", rioters)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        ("On 3 November 2022, a crowd lynched a soldier accused of killing a trader in Bunia, "
         "Ituri.", "mob_violence", 1),
        ("On 5 July 2021, residents beat and set fire to two men accused of kidnapping a girl "
         "in Tlaxcala, Tlaxcala.", "mob_violence", None),
        ("On 9 May 2019, police arrested a man suspected of abducting three children in Kano, "
         "Kano.", "arrests", None),
    ],
)
def test_events_acled_sweep3_a_deed_the_victims_are_accused_of_is_no_event(
        text: str, sub_event_type: str, fatalities: int | None) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, fatalities)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 November 2022, a crowd lynched a soldier accused of killing a trader in Bunia, "
        "Ituri.",
        "On 3 November 2022, villagers beat a man suspected of murdering two herders near "
        "Gao, Gao.",
    ],
)
def test_events_acled_sweep3_the_dead_of_an_accusation_are_not_counted(text: str) -> None:
    assert sum(m.count or 0 for m in find_casualty_mentions(text) if m.kind == "killed") <= 1


@pytest.mark.parametrize(
    "text",
    [
        "On 23 November 2021, police arrested 12 opposition activists ahead of a rally in "
        "Karachi, Sindh.",
        "On 2 March 2020, police detained 30 party workers ahead of a planned protest in "
        "Kathmandu, Bagmati.",
    ],
)
def test_events_acled_sweep3_arrests_before_a_gathering_are_arrests(text: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1) == ("arrests", event.actor1)
    assert event.actor1 is not None and event.actor1.startswith("Police Forces of")


@pytest.mark.parametrize(
    "text",
    [
        # a gathering held, its people arrested: intervention
        "On 23 November 2021, police arrested 12 activists at a rally in Karachi, Sindh. "
        "(Size=no report)",
        "On 9 May 2024, thousands rallied in Yerevan, Yerevan, ahead of the vote. "
        "(Size=thousands)",
    ],
)
def test_events_acled_sweep3_a_gathering_held_stays_a_protest(text: str) -> None:
    assert lead_event(text).event_type == "protests"


@pytest.mark.parametrize(
    "text",
    [
        "On 30 March 2023, municipal police detained two brothers in Irapuato, Guanajuato; they "
        "have not been seen since.",
        "On 10 September 2021, Taliban fighters took away a former police officer from his "
        "home in Kunduz, Kunduz; his family has had no news of him.",
        "On 4 June 2022, armed men took away two soldiers on leave from a bus near Beni, North "
        "Kivu.",
    ],
)
def test_events_acled_sweep3_people_taken_and_not_seen_again_are_disappeared(
        text: str) -> None:
    assert lead_event(text).sub_event_type == "abduction_forced_disappearance"


def test_events_acled_sweep3_people_detained_and_released_are_arrested() -> None:
    assert lead_event("On 30 March 2023, municipal police detained two brothers in Irapuato, "
                      "Guanajuato, and released them the next day.").sub_event_type == "arrests"


@pytest.mark.parametrize(
    "text",
    [
        "On 17 April 2023, militants ambushed a police convoy with an IED and then gunfire "
        "near Tank, Khyber Pakhtunkhwa; the police returned fire.",
        "On 2 October 2021, an IED struck an army patrol near Menaka, Menaka, and the soldiers "
        "returned fire on the assailants. 2 fatalities.",
        # the answer in the next sentence: the guards' fire answers the blast
        "On 30 April 2021, Al Shabaab militants threw a hand grenade at the home of a district "
        "commissioner in Hodan, Banadir. His police guards reacted with gunfire.",
        "On 9 June 2019, militants hurled a grenade at a police checkpoint in Pulwama, Jammu "
        "and Kashmir. The policemen responded with heavy fire.",
    ],
)
def test_events_acled_sweep3_fire_returned_after_a_blast_is_the_fight(text: str) -> None:
    assert lead_event(text).sub_event_type == "armed_clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 October 2021, an IED struck an army patrol near Menaka, Menaka, killing 2 "
        "soldiers.",
        # fire returned two sentences on is no answer to the blast told
        "On 2 October 2021, an IED struck an army patrol near Menaka, Menaka. 2 soldiers "
        "were killed. Elsewhere in the region, soldiers returned fire at a checkpoint.",
    ],
)
def test_events_acled_sweep3_a_blast_no_one_answered_stays_a_blast(text: str) -> None:
    assert lead_event(text).sub_event_type == "remote_explosive_landmine_ied"



@pytest.mark.parametrize(
    "text",
    [
        "On 30 April 2021, truck drivers protesting against fuel prices blocked a highway in "
        "Huancayo, Junin, and police worked to re-open the road. (Size=no report)",
        "On 12 March 2019, soldiers reopened the roads that farmers demonstrating over land "
        "titles had blocked near Tarapoto, San Martin. (Size=hundreds)",
        "On 1 May 2021, five activists held placards at a house in Pasig, Metro Manila, to "
        "mark Labor Day; photos posted online led police to come and arrest the "
        "demonstrators. (Size=5)",
    ],
)
def test_events_acled_sweep3_a_road_reopened_or_protesters_arrested_met_intervention(
        text: str) -> None:
    assert lead_event(text).sub_event_type == "protest_with_intervention"


@pytest.mark.parametrize(
    "text",
    [
        # a road reopened or an arrest the gathering asked for: no force acted on it
        "On 1 May 2021, residents protested in Pasig, Metro Manila, demanding that the city "
        "re-open the road to the market. (Size=around 40)",
        "On 1 May 2021, relatives marched in Lima, Lima, demanding that prosecutors arrest "
        "the officers behind a killing. (Size=around 300)",
    ],
)
def test_events_acled_sweep3_a_demand_to_reopen_or_arrest_stays_peaceful(text: str) -> None:
    assert lead_event(text).sub_event_type == "peaceful_protest"
