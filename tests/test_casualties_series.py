"""A toll stated for a series of linked incidents is shared among them.

A report on "one of three related attacks" that gives "21 killed in the three bombings"
states the series' toll: each incident's count is its share. The incident's own toll, a
series of unstated size, and a series whose toll the report books to its first incident
stay whole.
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event, predicted_killed, predicted_wounded
from eventcoder.quantities import find_casualty_mentions


def _shares(text: str) -> dict[str, set[int | None]]:
    out: dict[str, set[int | None]] = {}
    for m in find_casualty_mentions(text):
        out.setdefault(m.kind, set()).add(m.shared_by)
    return out


def _totals(text: str) -> tuple[int, int]:
    event = main_event(list(extract(text)))
    return predicted_killed(event), predicted_wounded(event)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 4 March 2012, in one of three related attacks, militants detonated a bomb at a bus "
         "station in Quetta, Pakistan. A total of 12 people were killed and 30 were wounded "
         "in the three bombings.", 4, 10),
        ("On 9 June 2013, in one of two linked attacks, a car bomb exploded near a market in "
         "Kirkuk, Iraq. Forty civilians were killed and 90 others wounded in the blasts.",
         20, 45),
        ("On 2 May 2014, in the second of 12 related attacks, insurgents set off a bomb near a "
         "school in Pattani, Thailand. Cumulatively the attacks wounded 24 civilians.", 0, 2),
        ("On 7 July 2012, a grenade was thrown at a shop in Mombasa, Kenya. "
         "It is unclear how many people were hurt in each attack, but five people were "
         "wounded in total. This was one of two grenade attacks in the city that night.", 0, 3),
        ("On 1 April 2013, a rocket hit a house in Bannu, Pakistan, causing no injuries. "
         "This was one of four rocket attacks in the district that evening, injuring eight "
         "policemen.", 0, 2),
    ],
)
def test_series_toll_is_shared(text: str, killed: int, wounded: int) -> None:
    assert _totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # the incident's own toll
        ("On 3 May 2011, in one of two related attacks, gunmen opened fire on a checkpoint in "
         "Mosul, Iraq, killing three soldiers and wounding five others.", 3, 5),
        # a series of unstated size: never guess its length
        ("On 8 August 2011, in one of several related attacks, rebels bombed a pylon near Davao, "
         "Philippines. Ten people were wounded in the attacks.", 0, 10),
        # the report books the whole toll to the first incident
        ("On 5 October 2012, in one of two related attacks, a roadside bomb hit a car in Baghdad, "
         "Iraq. The blasts killed six civilians and wounded 14 others. The casualties were "
         "reported in the first bombing.", 6, 14),
        # no series at all
        ("On 6 June 2014, two bombs exploded at a market in Maiduguri, Nigeria, killing nine "
         "people in the blasts.", 9, 0),
    ],
)
def test_own_toll_stays_whole(text: str, killed: int, wounded: int) -> None:
    assert _totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "ways"),
    [
        ("In one of three coordinated attacks, 18 people were killed in the three "
         "explosions.", 3),
        ("In one of two related attacks, 8 people were killed in both blasts.", 2),
        ("In one of five linked bombings, the bombings together killed 15 people.", 5),
    ],
)
def test_series_mentions_carry_their_share(text: str, ways: int) -> None:
    assert _shares(text)["killed"] == {ways}
