"""A name the gazetteer lacks that opens with an Arabic or Spanish article ("in Al Tolkhana
(Mwingi, Kitui)", "in El Tolkhana, Kitui") is named whole and placed at its holder as any
such name is: the article is no English "al", "as" or "at" that would make the words no
name. A province of old written before its country ("the Dibis district of At Ta'mim, Iraq")
is no village the gazetteer lacks: it stays the report's division."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.places import HOLDER_PLACED_REASON
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("On 1 May 2023, fighters repelled an incursion in Al Tolkhana (Mwingi, Kitui).",
         "Al Tolkhana", "Mwingi"),
        ("On 1 May 2023, shells fell in As Marakwenti (Kandahar), killing two.",
         "As Marakwenti", "Kandahar"),
        ("On 1 May 2023, gunmen burned a bus in El Xalcuatepec, Guerrero.", "El Xalcuatepec",
         "Guerrero"),
    ],
    ids=["al", "as", "el"],
)
def test_places_unknown_name_with_article(text: str, name: str, holder: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.name == holder
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)


def test_places_former_province_before_country_not_a_village() -> None:
    text = ("On 3 March 2011, in the Dibis district of At Ta'mim, Iraq, a parked car bomb "
            "hurt four people in a car showroom.")
    assert "At Ta'mim" not in places_in(text)
    [event] = [r for r in extract(text, published="2011-02-14") if isinstance(r, Event)]
    assert event.location.admin1 == "At Ta'mim"
