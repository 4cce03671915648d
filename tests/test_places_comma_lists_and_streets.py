"""Places named in a list joined by commas, and a town before a street word."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer, name_key, normalise
from eventcoder.places import _LIST_AND, _LIST_COMMA, _may_hold_list, _one_place, _prepare, _Span
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a list of towns, closed by "and": no town of it is held by the next one
        ("On 6 June 2021, students marched in Pokhara, Kathmandu, Damauli and Butwal against "
         "the cost of bread.", "Pokhara", "Pokhara"),
        ("On 6 June 2021, rival gangs fought in Kolwezi, Likasi, Kipushi, and Kambove.",
         "Kolwezi", "Kolwezi"),
        # one comma before "and" still writes where each town lies
        ("On 6 June 2021, gunmen raided Jowhar, Middle Shabelle and Afgooye, Lower Shabelle.",
         "Afgooye", "Afgooye"),
    ],
)
def test_places_comma_list_holds_no_town(text: str, name: str, expected: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.name == expected


def test_places_town_and_its_district_before_a_street_word_are_one_reading() -> None:
    text = ("On 6 June 2021, taxi drivers gathered at the Jezzine roundabout to protest fuel "
            "prices.")
    mention = places_in(text)["Jezzine"]
    assert mention.place is not None and mention.place.feature == "populated_place"


@pytest.mark.parametrize(
    ("name", "one"),
    [
        # a town and the district named after it, both placed at the town
        ("Jezzine", True),
        # towns of one name in two countries, each spelled as written
        ("Tripoli", False),
        # a country and towns abroad of its name
        ("Palestine", False),
        # a city and its district at one point, and villages abroad sharing only the key
        # ("Bagneux"): another place a street may be named after
        ("Bannu", False),
    ],
)
def test_places_one_place_is_every_reading_at_the_point_spelled(name: str, one: bool) -> None:
    gazetteer = load_gazetteer()
    key = name_key(name)
    span = _Span(0, len(name), name, key, 1, tuple(gazetteer.candidates_for_key(key)),
                 sentence_initial=False, locative=False, partial=False, folded=normalise(name))
    assert _one_place(gazetteer, span, _prepare(gazetteer, span)) is one


@pytest.mark.parametrize(
    "text",
    [
        "in Velamba, Orvane,\tTindoro\tand Quelmar",
        "in Velamba, Orvane, Tindoro, or Quelmar",
        "in Velamba,Orvane , Upper Tindoro  and  Quelmar",
    ],
)
def test_places_comma_list_gate_passes_every_list(text: str) -> None:
    # Every text whose gaps the list patterns match passes the gate before them.
    assert _LIST_COMMA.search(text) is not None and _LIST_AND.search(text) is not None
    assert _may_hold_list(text)


@pytest.mark.parametrize(
    "text",
    ["in Velamba and Quelmar", "in Velamba; Orvane; Tindoro", "Velamba, Quelmar, Tukhum"],
)
def test_places_comma_list_gate_stops_texts_with_no_list(text: str) -> None:
    assert not _may_hold_list(text)
