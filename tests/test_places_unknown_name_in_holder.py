"""A name the gazetteer lacks, written where a place goes and then "in" the division or
town that holds it ("in Kelwani in Panjshir"), is the place of its own that the report
names: it is kept as written and placed at its holder."""

from __future__ import annotations

import pytest

from eventcoder.places import HOLDER_PLACED_REASON
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("On 3 May, gunmen shot a farmer in Kelwani in Panjshir.", "Kelwani", "Panjshir"),
        ("A mortar round hit a house in Kelwani village in Bamyan province.", "Kelwani",
         "Bamyan"),
        ("A landmine exploded in the Kelwani area in Kilifi.", "Kelwani", "Kilifi"),
        # towns of that name lie abroad, none in the holder
        ("Soldiers shelled Tarsheen in Kilifi on Sunday.", "Tarsheen", "Kilifi"),
        ("Police arrested two traders in Tarsheen in Kilifi on Sunday.", "Tarsheen",
         "Kilifi"),
    ],
)
def test_places_unknown_name_placed_at_the_holder_after_in(text: str, name: str,
                                                           holder: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.name == holder
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)
