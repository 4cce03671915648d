"""A district named by the adjective of its seat ("Zelenokumsky District"), which the
gazetteer lacks, is placed at the seat in the division the text writes."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "district", "seat"),
    [
        ("On Sunday, in the Zelenokumsky District of Stavropol, Russia, a bomb exploded.",
         "Zelenokumsky District", "Zelenokumsk"),
        ("Shelling was reported in the Buinaksky district of Dagestan.", "Buinaksky district",
         "Buynaksk"),
        ("Two civilians were hurt in Bakhmutskyi raion, Donetsk oblast, Ukraine.",
         "Bakhmutskyi raion", "Bakhmut"),
    ],
)
def test_places_adjectival_district_placed_at_its_seat(text: str, district: str,
                                                       seat: str) -> None:
    mention = places_in(text)[district]
    assert mention.place is not None and mention.place.name == seat
    assert mention.geo_precision == 2


def test_places_adjectival_district_needs_the_seat_in_a_written_division() -> None:
    # no other place of the text: nothing says which country's seat is meant
    assert "Buinaksky district" not in places_in("Shelling was reported in the Buinaksky "
                                                 "district overnight.")
