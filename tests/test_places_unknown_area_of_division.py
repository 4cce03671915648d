"""An area or a village the gazetteer lacks, written as part of the division after it ("in the
Tolkhana area of Bamyan district", "in Tolkhana village of Bamyan district"), is named as
written and placed at that division; an area of a town stays the town's part, which the town
places."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Gunmen killed a shepherd in the Tolkhana area of Bamyan district, Bamyan.",
         "Bamyan"),
        ("A roadside bomb hit a police truck in the Tolkhana area of Panjshir province.",
         "Panjshir"),
    ],
)
def test_places_unknown_area_of_a_division_placed_at_it(text: str, holder: str) -> None:
    mention = places_in(text)["Tolkhana"]
    assert mention.place is not None and mention.place.name == holder
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Gunmen killed a shepherd in Tolkhana village of Bamyan district, Bamyan.", "Bamyan"),
        ("Police found arms near Tolkhana village of Lice district, Diyarbakir.", "Lice"),
    ],
)
def test_places_unknown_village_of_division(text: str, holder: str) -> None:
    mention = places_in(text)["Tolkhana"]
    assert mention.place is not None and mention.place.name == holder
