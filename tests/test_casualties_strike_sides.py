"""Strike reports that tell who the dead were said to be, and who tells of its own strike.

Each report under ``fixtures/raids`` was written for these tests: a drone strike whose
headline names nobody and whose body says "Officials had earlier said the strike killed an
Islamic State suicide bomber" (a former claim about the victims: the group named in it is
no side of the strike); a command telling of "a drone strike it carried out", or an air
force of "an air strike it carried out", whose teller struck (whether named before or after
the strike); "The Rwanda Defence Force said", the force's official name in the singular;
and a release in the word order of another language ("in the Metina region of northern
Iraq, by our heroic commandos 9 terrorists of the PKK were neutralised, the Turkish Ministry
of National Defence announced"), whose "our commandos" are the teller's, not Iraq's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.records import Event
from tests.conftest import fixture_event

REPORTS = Path(__file__).parent / "fixtures" / "raids"


def _event(name: str, published: str) -> Event:
    return fixture_event("raids", name, published)


# (name, published, sub-event type, day, actor1, actor2, dead)
CASES = [
    # no striker named: ACLED's unidentified military forces, whose aircraft a strike is
    ("kabul-drone-earlier-said-bomber", "2021-08-30", "air_drone_strike", "2021-08-29",
     "Unidentified Military Forces", "Civilians (Afghanistan)", 2),
    ("centcom-strike-earlier-said-bomber", "2023-03-24", "air_drone_strike", "2023-03-14",
     "US Central Command", "Civilians (Syria)", 1),
    ("naf-strike-it-carried-out", "2023-08-15", "air_drone_strike", "2023-08-13",
     "Military Forces of Nigeria", "Boko Haram", 12),
    ("africom-strike-it-conducted", "2023-08-17", "air_drone_strike", "2023-08-15",
     "US Africa Command", "Al Shabaab", 3),
    ("rdf-cabo-delgado-raid", "2023-08-19", "armed_clash", "2023-08-18",
     "Military Forces of Rwanda", "Unidentified Armed Group (Mozambique)", 11),
    ("mod-metina-word-order", "2022-03-20", "armed_clash", "2022-03-20",
     "Turkish Armed Forces", "Kurdistan Workers' Party", 9),
]


@pytest.mark.parametrize(("name", "published", "sub", "day", "actor1", "actor2", "dead"),
                         CASES, ids=[c[0] for c in CASES])
def test_casualties_strike_sides_read(
    name: str, published: str, sub: str, day: str, actor1: str, actor2: str, dead: int
) -> None:
    event = _event(name, published)
    assert (event.sub_event_type, event.date_start, event.actor1, event.actor2,
            event.fatalities) == (sub, day, actor1, actor2, dead)
    assert not event.background


@pytest.mark.parametrize("name", ["kabul-drone-earlier-said-bomber",
                                  "centcom-strike-earlier-said-bomber"])
def test_casualties_strike_sides_bomber_is_no_side(name: str) -> None:
    # "an Islamic State suicide bomber", as officials had it before: neither side, nor dead
    event = _event(name, "2023-03-24")
    assert "Islamic State" not in {event.actor1, event.actor2, *event.assoc_actor_1,
                                   *event.assoc_actor_2}
    assert all(c.party != "Islamic State" for c in event.casualties)
