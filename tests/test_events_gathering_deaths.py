"""Deaths at a gathering, and deaths a gathering is about.

ACLED codes people killed by the police or the army at a protest as excessive force against
protesters (the protesters actor1, the force actor2), people killed by gunmen at a protest as
an attack on them, and a crowd that kills as a riot. A protest held over a killing, or to
commemorate the dead, has no dead of its own: the death is its cause, not its toll.
"""

from __future__ import annotations

import pytest

from tests.conftest import lead_event


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("On 9 June 2024, two people were shot dead by police during a protest over fuel prices "
         "in Mombasa, Kenya.", "Police Forces of Kenya"),
        ("Security forces opened fire on demonstrators in Omdurman, Sudan on Sunday, killing "
         "three people, medics said.", "Sudanese Armed Forces"),
        ("Two protesters died after police fired live ammunition at a demonstration in Nasiriyah, "
         "Iraq on Friday.", "Police Forces of Iraq"),
    ],
)
def test_gathering_deaths_killed_by_a_force_are_excessive_force(text: str, force: str) -> None:
    event = lead_event(text)
    assert (event.event_type, event.sub_event_type) == (
        "protests", "excessive_force_against_protesters")
    assert (event.actor1 or "").startswith("Protesters")
    assert event.actor2 == force
    assert event.fatalities and event.fatalities >= 2


def test_gathering_deaths_killed_by_gunmen_are_an_attack() -> None:
    event = lead_event("Gunmen killed two protesters in Kaduna, Nigeria on Monday as they "
                       "marched against rising food prices.")
    assert (event.event_type, event.sub_event_type) == ("violence_against_civilians", "attack")
    assert event.fatalities == 2


def test_gathering_deaths_a_crowd_that_kills_riots() -> None:
    event = lead_event(
        "On 12 March 2023, residents demonstrated in Kawempe, Kampala following the murder of a "
        "boda boda rider. Demonstrators caught one of the suspects near the market and killed "
        "him.")
    assert (event.event_type, event.sub_event_type) == ("riots", "violent_demonstration")
    assert event.fatalities == 1


@pytest.mark.parametrize(
    "text",
    [
        ("On 5 October 2022, hundreds of nurses protested in Gaborone, Botswana over the death of "
         "a colleague in a hospital fire, demanding safer wards."),
        ("On 19 July 2021, families gathered outside the courthouse in Cordoba, Argentina to "
         "commemorate the 14 miners who lost their lives in the 2009 collapse."),
        ("On 2 February 2022, students marched in Kumasi, Ghana to demand justice for the killing "
         "of a classmate by a security guard. Police dispersed them with tear gas."),
        ("On 8 August 2021, villagers held a sit-in in Tala, Egypt after a bus crash killed 9 "
         "commuters on the highway, calling for speed bumps."),
    ],
)
def test_gathering_deaths_a_protest_over_deaths_has_none(text: str) -> None:
    event = lead_event(text)
    assert event.event_type == "protests"
    assert not event.fatalities
    assert not [c for c in event.casualties if c.kind == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        ("On 3 May 2022, youths pelted police with stones in Shopian, India over the killing of a "
         "rebel commander."),
        ("On 14 April 2023, residents of Lubumbashi, DR Congo, burned tyres and blocked roads "
         "after two children were killed by a speeding truck."),
    ],
)
def test_gathering_deaths_a_riot_over_deaths_has_none(text: str) -> None:
    event = lead_event(text)
    assert event.event_type == "riots"
    assert not event.fatalities


def test_gathering_deaths_a_riot_keeps_its_own_dead() -> None:
    event = lead_event("On 6 June 2023, villagers rioted in Kasese, Uganda and killed two "
                       "suspected cattle thieves.")
    assert event.event_type == "riots"
    assert event.fatalities == 2


def test_gathering_deaths_a_victims_past_is_no_protest() -> None:
    event = lead_event(
        "On 3 March 2022, a farmer was killed by unidentified gunmen in Tame, Arauca. The victim "
        "had previously denounced the presence of armed groups in the area.")
    assert (event.event_type, event.sub_event_type) == ("violence_against_civilians", "attack")
    assert event.fatalities == 1


@pytest.mark.parametrize(
    "text",
    [
        ("Leaders condemned the militants' bombings in Mogadishu on Friday, which killed 12 "
         "people."),
        ("The government denounced the separatists' attacks in Bamenda on Tuesday, which killed "
         "nine teachers."),
    ],
)
def test_gathering_deaths_an_official_condemning_is_no_protest(text: str) -> None:
    event = lead_event(text)
    assert event.event_type != "protests"
    assert event.fatalities and event.fatalities >= 9
