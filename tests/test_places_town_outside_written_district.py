"""A town whose only entry lies in another district of its province than the district
written after it as its holder.

"Adu in Kwal district (Bassa LGA, Plateau)": the gazetteer's Kwal lies in Kanke LGA, not in
Bassa; the Kwal meant is one the gazetteer lacks, and the district written after it places
it (and the village in it), as the coders place it. A town inside the district written is
kept, and so is a town whose holder is not written as a district.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "written", "district"),
    [
        ("Gunmen attacked Yandev district (Ukum LGA, Benue) on Monday.", "Yandev", "Ukum"),
        ("Bandits raided Hunkuyi ward (Lere LGA, Kaduna) at night.", "Hunkuyi", "Lere"),
        ("Militants burnt houses in Miringa district (Gwoza LGA, Borno) on Friday.", "Miringa",
         "Gwoza"),
    ],
)
def test_places_town_of_another_district_placed_at_written_district(
        text: str, written: str, district: str) -> None:
    place = places_in(text)[written].place
    assert place is not None and (place.feature, place.name) == ("admin2", district)


@pytest.mark.parametrize(
    ("text", "written", "admin2"),
    [
        ("Gunmen attacked Yandev district (Gboko LGA, Benue) on Monday.", "Yandev", "Gboko"),
        ("Bandits raided Hunkuyi (Lere, Kaduna) at night.", "Hunkuyi", "Kudan"),
    ],
)
def test_places_town_inside_written_district_kept(text: str, written: str, admin2: str) -> None:
    place = places_in(text)[written].place
    assert place is not None and (place.feature, place.admin2) == ("populated_place", admin2)


def test_events_village_in_town_of_another_district_placed_at_district() -> None:
    event = only_event(RulePipeline(), (
        "On 9 June 2021, gunmen killed three farmers in Ato in Miringa district (Gwoza LGA, "
        "Borno)."))
    location = event.location
    assert (location.name, location.admin2, location.geo_precision) == ("Ato", "Gwoza", 2)
