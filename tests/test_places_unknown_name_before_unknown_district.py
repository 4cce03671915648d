"""A village the gazetteer lacks, written before a district it also lacks and the
province that holds both ("in Tolkhana village (Kelwani, Kitui)"), is named as written and
placed at the province, as a village before a known district is placed at the district."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("On 2 May, rebels looted shops in Tolkhana village (Kelwani, Kitui).", "Tolkhana",
         "Kitui"),
        ("Militants burned huts in Sorkhabad (Zarbandi, Bamyan) on Friday.", "Sorkhabad",
         "Bamyan"),
        # the division word written with the name is no part of it
        ("A clash killed one in Nandighat Upazila (Nandighat, Gaibandha), Bangladesh.",
         "Nandighat", "Gaibandha"),
    ],
)
def test_places_village_before_unknown_district_placed_at_province(text: str, name: str,
                                                                    holder: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.name == holder
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)
