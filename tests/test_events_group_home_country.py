"""An event whose place the gazetteer lacks, in a report that tells no country otherwise,
is in the home country of the named groups that act in it, where they are active in several
countries (the first of their ``operates_in``); a group active in one country places it
there as before, and a place resolved elsewhere in the report still comes first."""

from __future__ import annotations

import pytest

from eventcoder.actors import home_theatre
from eventcoder.evaluate.metrics import main_event
from eventcoder.mentions import ActorMention
from eventcoder.pipeline import extract
from eventcoder.records import Event


def _country(text: str) -> str | None:
    event = main_event([r for r in extract(text) if isinstance(r, Event)])
    assert event is not None
    return event.location.country if event.location else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 4 June 2022, Taliban militants attacked a checkpoint in Qaryaz village, killing "
         "two policemen.", "AF"),
        ("On 4 June 2022, Al Shabaab militants raided Dhurqaley village and abducted three "
         "elders.", "SO"),
        ("On 4 June 2022, Boko Haram fighters stormed Kulumbara village, killing five "
         "farmers.", "NG"),
    ],
)
def test_events_unknown_village_with_a_group_of_several_countries_is_at_its_home(
    text: str, country: str
) -> None:
    assert _country(text) == country


def test_events_resolved_place_abroad_comes_before_the_groups_home() -> None:
    text = "On 4 June 2022, Al Shabaab militants attacked a police post in Mandera, Kenya."
    assert _country(text) == "KE"


def _group(theatre: tuple[str, ...]) -> ActorMention:
    return ActorMention(start=0, end=1, text="x", name="x", kind="rebel_group", country=None,
                        generic=False, score=1.0, theatre=theatre)


def test_events_home_theatre_is_the_first_shared_country() -> None:
    assert home_theatre([_group(("NG", "NE", "CM", "TD"))]) == "NG"
    assert home_theatre([_group(("ML", "BF", "NE")), _group(("NG", "NE", "CM"))]) == "NE"
    assert home_theatre([_group(("AF", "PK")), _group(("SO", "KE"))]) is None
    assert home_theatre([]) is None
