"""A name written in its country with the bracket that says where in it ("air raids hit
Tolkhana area in northwestern Kenya (Mwingi, Kitui)") lies in that bracket's place, not in
the country at large: a name the gazetteer lacks, or one whose entries all lie elsewhere, is
named as written and placed at the town or district in the bracket. Without the bracket it is
not placed so."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 7 May 2023, air raids were reported on Tolkhana area in northwestern Kenya "
         "(Mwingi, Kitui), killing four.", "Tolkhana"),
        ("On 7 May 2023, shells fell on Vodyane in eastern Kenya (Mwingi, Kitui).", "Vodyane"),
        ("On 7 May 2023, raiders moved from Tolkhana village in Kenya (Mwingi, Kitui).",
         "Tolkhana"),
    ],
    ids=["lacking-area", "namesake-abroad", "village-no-side"],
)
def test_places_name_in_country_then_holder(text: str, name: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.name == "Mwingi"
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)


def test_places_name_in_country_without_holder_not_placed() -> None:
    mention = places_in("On 7 May 2023, air raids were reported on Tolkhana area in "
                        "northwestern Kenya, killing four.").get("Tolkhana")
    assert mention is None or mention.place is None
