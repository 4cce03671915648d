"""When a demonstration is a riot, and who its sides are.

ACLED codes a demonstration whose crowd does violence (tyres set alight, stones thrown) or
comes to blows with the police as a violent demonstration, however much of the report tells
the protest itself; the crowd is "Rioters", the force it fought the second side, and the
party or group the crowd came from an associated actor.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Event
from tests.conftest import lead_event


def _event(text: str) -> Event:
    return lead_event(text)


@pytest.mark.parametrize(
    "text",
    [
        ("On 14 March 2021, hundreds of traders protested in Kisumu, Kenya against new market "
         "levies, chanting slogans and demanding a meeting with the county officials. The "
         "protesters later burnt tyres on the main road."),
        ("On 3 August 2021, students demonstrated outside the university in Lusaka, Zambia, "
         "demanding the return of their allowances and denouncing the delays. Some of the "
         "demonstrators hurled stones at passing cars."),
    ],
)
def test_events_riot_typing_a_violent_act_outweighs_protest_words(text: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("riots", "violent_demonstration")
    assert (event.actor1 or "").startswith("Rioters")


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("On 9 June 2021, residents held a demonstration in Ibadan, Oyo over repeated power "
         "cuts. Some tried to force their way into the electricity office, and the gathering "
         "turned into clashes with the policemen.", "Police Forces of Nigeria"),
        ("On 21 September 2021, members of a farmers' union held a demonstration in Nakuru, "
         "Kenya against the price of fertiliser. Police clashed with the demonstrators near "
         "the county offices.", "Police Forces of Kenya"),
    ],
)
def test_events_riot_typing_a_gathering_that_clashed_with_police(text: str, police: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("riots", "violent_demonstration")
    assert (event.actor1 or "").startswith("Rioters")
    assert (event.actor2 or "").startswith(police)
    assert not (event.actor2 or "").startswith("Protesters")


@pytest.mark.parametrize(
    "text",
    [
        ("On 2 July 2021, relatives of miners held a vigil in Potosi, Bolivia to demand an "
         "inquiry. The vigil followed weeks of armed clashes between two cooperatives over "
         "the mine."),
        ("On 11 May 2021, villagers held a protest in Gweru, Zimbabwe against the arrest of "
         "young men who had clashed with herders over grazing land last month."),
    ],
)
def test_events_riot_typing_a_clash_told_as_background_stays_a_protest(text: str) -> None:
    event = _event(text)
    assert event.event_type == "protests"


def test_events_riot_typing_the_crowd_s_party_beside_the_force() -> None:
    event = _event(
        "On 6 October 2021, dozens of supporters of the Southern Transitional Council stormed "
        "the governor's office in Mukalla, Hadramawt, Yemen to demand his resignation. "
        "Military forces later retook the building and detained 14 people.")
    assert (event.event_type, event.sub_event_type) == ("riots", "violent_demonstration")
    assert (event.actor1 or "").startswith("Rioters")
    assert any("Southern Transitional Council" in a for a in event.assoc_actor_1)
    actor2 = event.actor_acled_names.get(event.actor2 or "", event.actor2 or "")
    assert actor2.startswith("Military Forces of Yemen")


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting continued near Vuhledar on Tuesday, the General Staff said.",
        "Fierce fighting was reported on the outskirts of El Fasher on Sunday.",
        "Fighting raged in the north of Omdurman on Monday, residents said.",
        ("At least nine people, including four civilians, were killed in the fighting around "
         "Masisi on Thursday, officials said."),
    ],
)
def test_events_riot_typing_fighting_with_no_side_named_is_no_brawl(text: str) -> None:
    """A front's fighting told with no side is a battle, not a brawl of a crowd."""
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")


def test_events_riot_typing_villagers_who_fought_are_a_brawl() -> None:
    event = _event("On 4 May 2022, three people were injured when villagers fought over a "
                   "boundary in Kisii.")
    assert event.event_type == "riots"


def test_events_riot_typing_a_clash_of_unnamed_supporters_stays_a_brawl() -> None:
    event = _event("On 2 June 2021, a clash between supporters of two rival councillors in "
                   "Bogra left four people injured.")
    assert event.event_type == "riots"
