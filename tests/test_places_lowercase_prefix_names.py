"""Names written with a lower-case prefix before a capital ("eMalahleni", "uMgungundlovu",
the class prefixes of Nguni place names) are capitalised names: the place is read whole,
never as the part after the prefix."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two miners were shot dead in eMalahleni, Mpumalanga, on Sunday.", "eMalahleni"),
        ("Police said a councillor was killed in the uMgungundlovu district on Friday.",
         "uMgungundlovu"),
        ("Armed men robbed a clinic in uMkhanyakude, KwaZulu-Natal, last week.",
         "uMkhanyakude"),
    ],
    ids=["town", "district", "after-in"],
)
def test_a_name_with_a_lower_case_prefix_is_read_whole(text: str, name: str) -> None:
    assert name in places_in(text), list(places_in(text))


def test_the_event_lies_in_the_place_so_written() -> None:
    text = ("On 3 August 2014, gunmen shot dead two taxi owners in the uThukela district of "
            "KwaZulu-Natal, South Africa.")
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events and events[0].location.name == "uThukela", events[0].location


def test_a_lower_case_word_before_a_capital_word_is_no_name() -> None:
    assert "in Mpumalanga" not in places_in("Two miners were shot dead in Mpumalanga.")
