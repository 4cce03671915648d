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
    assert mention.place is not None and mention.place.feature == "admin2"
    assert mention.reason is not None and mention.reason.endswith(seat)
    assert mention.geo_precision == 2


def test_places_village_in_adjectival_district_keeps_its_name() -> None:
    # the district placed at its seat is a district: the village named in it is the place
    mention = places_in("In the village of Kochubeyka, Buinaksky District, Dagestan, Russia, "
                        "gunmen burned a shop.")["Kochubeyka"]
    assert mention.place is not None and mention.place.name == "Buinaksky District"
