"""ACLED's one-paragraph notes on the lines between event types that are close calls, under
``fixtures/acled_sweep2``: both sides of each line (battles against explosions and remote
violence, mob violence against attacks, violence against civilians against strategic
developments, attacks against abductions, armed clashes against attacks, ground a government
regains against ground a non-state actor overtakes, protests met with intervention against
peaceful ones, shelling against armed clashes), from many regions and years; below them, the
readings they showed wrong, each tried on more notes of its own.

The notes were written for these tests. ``expected.json`` holds what an ACLED coder records of
each (``tests/analyst_readings.py`` reads it). What it marks ``pending`` is asserted to fail, so
that a reading that comes right is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.analyst_readings import AnalystReadings, NoteSweepTests
from tests.conftest import lead_event

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "acled_sweep2")

_SIDES_OF_A_LINE = {
    "battles": {"armed_clash", "government_regains_territory",
                "non_state_actor_overtakes_territory"},
    "explosions": {"shelling_artillery_missile_attack", "air_drone_strike", "grenade",
                   "remote_explosive_landmine_ied"},
    "riots": {"mob_violence"},
    "violence_against_civilians": {"attack", "abduction_forced_disappearance"},
    "strategic_developments": {"arrests", "looting_property_destruction", "other"},
    "protests": {"peaceful_protest", "protest_with_intervention"},
}


class TestAcledSweep2(NoteSweepTests):
    readings = READINGS


def test_events_acled_sweep2_both_sides_of_every_line() -> None:
    told = [event["sub_event_type"] for report in READINGS.gold.values()
            for event in report["events"]]
    for kind, sub_types in _SIDES_OF_A_LINE.items():
        assert sum(told.count(sub) for sub in sub_types) >= 5, kind
    assert len(READINGS.names) == 80


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("On 16 April 2023, the army and the RSF fought with heavy weapons and artillery in the "
         "streets of Khartoum, Khartoum. 56 fatalities.",
         {"Sudanese Armed Forces", "Rapid Support Forces"}),
        ("On 9 October 2018, Houthi forces and pro-government troops fought with mortars and "
         "machine guns near Hays, Al Hudaydah.", None),
        ("On 4 July 2022, M23 rebels and the army fought near Bunagana, North Kivu, with "
         "mortars and rocket launchers. 3 fatalities.", None),
    ],
)
def test_events_acled_sweep2_artillery_in_a_fight_is_the_fight(
        text: str, sides: set[str] | None) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "armed_clash"
    if sides is not None:
        assert {event.actor1, event.actor2} == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("On 5 March 2017, soldiers exchanged fire for an hour with assailants who had detonated "
         "an IED against their patrol near Ansongo, Gao.", None),
        ("On 9 May 2021, a gun battle broke out after a landmine struck a police convoy near "
         "Tumaco, Narino.", ("Unidentified Armed Group (Colombia)", "Police Forces of Colombia")),
        ("On 30 September 2019, police and militants exchanged fire following a roadside bomb "
         "blast on a police van in Bannu, Khyber Pakhtunkhwa.", None),
    ],
)
def test_events_acled_sweep2_a_fight_a_blast_had_opened_is_the_fight(
        text: str, sides: tuple[str, str] | None) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "armed_clash"
    if sides is not None:
        assert (event.actor1, event.actor2) == sides


@pytest.mark.parametrize(
    "text",
    [
        # a fight told in another sentence before the blast: the blast is its own event
        "On 9 May 2021, soldiers exchanged fire with militants near Gao, Gao. A landmine later "
        "killed 2 civilians on the road.",
        # a blast after a fight long past, of civilians with no force in the note
        "On 9 May 2021, a landmine planted after the fighting of 2019 killed 2 farmers near "
        "Gao, Gao.",
    ],
)
def test_events_acled_sweep2_a_blast_no_fight_opened_stays_a_blast(text: str) -> None:
    assert lead_event(text).event_type != "battles"


@pytest.mark.parametrize(
    "text",
    [
        "On 18 January 2023, Al Shabaab militants recaptured Hawadley, Hiraan, from the Somali "
        "army.",
        "On 2 September 2019, ISWAP fighters retook the town of Gubio, Borno, from Nigerian "
        "troops after a two-day battle.",
        "On 14 May 2022, Taliban militants regained control of Chahar Dara, Kunduz, after "
        "government forces withdrew under fire.",
    ],
)
def test_events_acled_sweep2_ground_a_group_takes_back_is_overtaken(text: str) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "non_state_actor_overtakes_territory"


@pytest.mark.parametrize(
    "text",
    [
        "On 12 June 2018, Congolese soldiers took control of a Mai-Mai stronghold near Fizi, "
        "South Kivu, after clashes with the militiamen.",
        "On 21 March 2023, Somali troops captured the town of Galcad, Galguduud, from Al "
        "Shabaab.",
        "On 3 October 2021, Malian soldiers seized a JNIM camp near Boni, Mopti.",
    ],
)
def test_events_acled_sweep2_ground_a_state_takes_from_a_group_is_regained(text: str) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "government_regains_territory"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # one state's forces from another's: the verb's reading stands
        ("On 11 November 2022, Ukrainian forces retook Kherson, Kherson, after Russian forces "
         "retreated.", "government_regains_territory"),
        ("On 25 January 2024, M23 rebels seized the town of Sake, North Kivu, after heavy "
         "clashes with the army.", "non_state_actor_overtakes_territory"),
    ],
)
def test_events_acled_sweep2_territory_already_read_by_its_taker_stays(
        text: str, sub_event_type: str) -> None:
    assert lead_event(text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "protesters", "police"),
    [
        ("On 19 January 2023, police blocked and pushed back a march of farmers heading to "
         "parliament in Lima, Lima. (Size=thousands)", "Protesters (Peru)",
         "Police Forces of Peru"),
        ("On 8 May 2019, police blocked a march by teachers in Quito, Pichincha. (Size=no "
         "report)", "Protesters (Ecuador)", "Police Forces of Ecuador"),
        ("On 2 October 2018, municipal police beat vendors protesting against their removal "
         "from the streets in Harare, Harare. (Size=no report)", "Protesters (Zimbabwe)",
         "Police Forces of Zimbabwe"),
        ("On 25 June 2024, police beat up nurses demonstrating for unpaid wages in Accra, "
         "Greater Accra. (Size=around 150)", "Protesters (Ghana)", "Police Forces of Ghana"),
    ],
)
def test_events_acled_sweep2_a_march_blocked_or_protesters_beaten_met_intervention(
        text: str, protesters: str, police: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "protest_with_intervention", protesters, police)


@pytest.mark.parametrize(
    "text",
    [
        "On 19 January 2023, a march of thousands of people reached the main square in "
        "Lima, Lima. (Size=thousands)",
        "On 14 March 2024, a march of nurses reached the health ministry in Nairobi, Nairobi. "
        "(Size=around 300)",
    ],
)
def test_events_acled_sweep2_a_march_told_by_its_people_is_a_protest(text: str) -> None:
    assert lead_event(text).sub_event_type == "peaceful_protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021, the march of time was the theme of a lecture in Lima, Lima.",
        "On 3 May 2021, the march of progress continues in Lima, Lima, officials said.",
        # a march banned or called off was never held
        "On 3 May 2021, the governor banned a march of teachers in Cusco, Cusco.",
        "On 3 May 2021, organisers called off a march by nurses in Accra, Greater Accra.",
    ],
)
def test_events_acled_sweep2_a_march_of_no_people_is_no_protest(text: str) -> None:
    found = extract(text)
    assert not [r for r in found if isinstance(r, Event) and r.event_type == "protests"]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 5 October 2022, gunmen shot and wounded a businessman during a failed kidnapping "
         "attempt in Kumasi, Ashanti.", "attack"),
        ("On 17 February 2019, armed men tried to kidnap a rancher near Arauquita, Arauca, and "
         "shot him dead when he resisted.", "attack"),
        ("On 30 June 2023, bandits stabbed two farmers in a botched abduction near Funtua, "
         "Katsina.", "attack"),
        ("On 12 August 2021, police foiled a kidnapping bid and arrested three suspects in "
         "Kano, Kano.", "arrests"),
    ],
)
def test_events_acled_sweep2_a_taking_that_failed_is_no_abduction(text: str,
                                                                  sub_event_type: str) -> None:
    assert lead_event(text).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "On 5 October 2022, gunmen kidnapped a trader in Kano, Kano, a month after a failed "
        "attempt on his brother.",
        "On 9 March 2024, armed men abducted 14 pupils from a school in Kuriga, Kaduna, after "
        "trying to break into a church.",
    ],
)
def test_events_acled_sweep2_a_taking_beside_a_failure_stays_an_abduction(text: str) -> None:
    assert lead_event(text).sub_event_type == "abduction_forced_disappearance"


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        ("On 26 March 2023, residents caught a suspected robber, beat him and set him on fire "
         "in Port Harcourt, Rivers. 1 fatality.", "Rioters (Nigeria)"),
        ("On 4 June 2019, villagers cornered a man, beat him and burned his motorcycle near "
         "Mbarara, Uganda.", "Rioters (Uganda)"),
        ("On 11 November 2022, locals chased an alleged thief, lynched him and left his body "
         "by the road in Kisumu, Kisumu.", "Rioters (Kenya)"),
    ],
)
def test_events_acled_sweep2_a_crowds_second_deed_in_a_list_is_mob_violence(
        text: str, rioters: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1) == ("mob_violence", rioters)


@pytest.mark.parametrize(
    "text",
    [
        # the crowd word is the report's source, not the doers
        "On 26 March 2023, residents told police that gunmen beat a trader in Kitale, "
        "Trans Nzoia.",
        # a crowd word inside a description of armed men
        "On 22 November 2019, two gunmen dressed in women's clothing attacked a pharmacist in "
        "Samarra, Salah ad Din.",
        "On 9 July 2022, youths of the ruling party attacked and injured two opposition party "
        "members in Gitega, Burundi.",
    ],
)
def test_events_acled_sweep2_no_crowd_did_it_no_mob_violence(text: str) -> None:
    assert lead_event(text).event_type != "riots"


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        ("On 15 February 2022, supporters of two rival student wings clashed with sticks and "
         "stones in Sylhet, Sylhet, injuring 20 people. Fatalities unknown.",
         "Rioters (Bangladesh)"),
        ("On 2 August 2019, two families fought with clubs over a plot of land near Sohag, "
         "Sohag, leaving one dead.", "Rioters (Egypt)"),
        ("On 30 December 2023, rival groups of youths from two villages clashed with machetes "
         "near Kananga, Kasai-Central, injuring 6.", "Rioters (Democratic Republic of Congo)"),
    ],
)
def test_events_acled_sweep2_rival_crowds_are_rioters_on_both_sides(text: str,
                                                                   rioters: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "mob_violence", rioters, rioters)


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("On 15 February 2022, a mob lynched a suspected thief in Sylhet, Sylhet.",
         "Civilians (Bangladesh)"),
        ("On 15 February 2022, villagers of two communities clashed with police in Sylhet, "
         "Sylhet.", "Police Forces of Bangladesh"),
    ],
)
def test_events_acled_sweep2_a_crowd_against_another_side_keeps_it(text: str,
                                                                   struck: str) -> None:
    assert lead_event(text).actor2 == struck


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("On 24 May 2018, Ambazonian separatists cut off the fingers of a teacher in Kumba, "
         "South-West, for defying a school boycott.",
         ("Ambazonian separatists", "Civilians (Cameroon)")),
        ("On 7 September 2016, Al Shabaab militants chopped off the right hand of a man "
         "accused of theft in Buale, Middle Juba.", ("Al Shabaab", "Civilians (Somalia)")),
        ("On 12 March 2019, separatist fighters shot a trader in Buea, South-West, for "
         "breaking the lockdown strike.", None),
    ],
)
def test_events_acled_sweep2_a_mutilation_or_a_call_defied_is_an_attack(
        text: str, sides: tuple[str, str] | None) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "attack"
    if sides is not None:
        assert (event.actor1, event.actor2) == sides


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2019, teachers observed a school boycott in Buea, South-West. (Size=no "
        "report)",
        "On 12 March 2019, traders defied a ban and protested against new taxes in Bamenda, "
        "North-West. (Size=around 100)",
    ],
)
def test_events_acled_sweep2_a_boycott_held_stays_a_protest(text: str) -> None:
    assert lead_event(text).event_type == "protests"


def test_events_acled_sweep2_power_cut_off_is_no_attack() -> None:
    found = extract("On 24 May 2018, power was cut off in Kumba, South-West, for two days.")
    assert not [r for r in found if isinstance(r, Event)]


@pytest.mark.parametrize(
    "text",
    [
        "On 23 January 2022, ELN guerrillas attacked an army unit with rifles and "
        "rocket-propelled grenades near Saravena, Arauca; the soldiers returned fire.",
        "On 6 March 2021, Taliban fighters ambushed a police convoy with rocket propelled "
        "grenades and machine guns in Maiwand, Kandahar, killing 4 policemen.",
        "On 14 September 2019, Al Shabaab militants attacked an army base with RPGs and heavy "
        "gunfire near Afgoye, Lower Shabelle. 3 fatalities.",
    ],
)
def test_events_acled_sweep2_rpgs_fired_in_a_fight_are_the_fight(text: str) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "armed_clash"
    assert "RPG" in event.equipment


@pytest.mark.parametrize(
    "text",
    [
        "On 23 January 2022, militants fired a rocket-propelled grenade at a police station in "
        "Tame, Arauca.",
        "On 2 August 2020, unidentified militants fired RPGs at a military post in Hangu, "
        "Khyber Pakhtunkhwa. No fatalities.",
    ],
)
def test_events_acled_sweep2_rpgs_fired_alone_stay_remote_violence(text: str) -> None:
    assert lead_event(text).sub_event_type == "shelling_artillery_missile_attack"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 19 May 2017, Taliban militants posted night letters warning teachers at a girls' "
         "school in Ghazni, Ghazni.", "Taliban"),
        ("On 2 June 2020, ISKP distributed leaflets threatening Shia residents in Jalalabad, "
         "Nangarhar.", "Islamic State Khorasan Province"),
        ("On 5 March 2019, the NPA sent threat letters to three mayors in Catubig, Northern "
         "Samar.", "New People's Army"),
    ],
)
def test_events_acled_sweep2_threats_posted_are_a_strategic_development(
        text: str, actor1: str) -> None:
    event = lead_event(text)
    assert (event.sub_event_type, event.actor1) == ("other", actor1)
