"""A name written letter for letter as a division's own is that division, not a
larger place abroad that only shares its sound key (one of its alternate names): the text
has to point to the namesake's country for that one to win."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen ambushed a supply convoy in Abyan on Tuesday, residents said.", "Abyan",
         "YE"),
        ("Clan fighters clashed over grazing land in Sool overnight.", "Sool", "SO"),
        ("Insurgents overran two checkpoints in Takhar after a week of fighting.", "Takhar",
         "AF"),
        ("Teachers held a sit-in in Kef to demand their unpaid wages.", "Kef", "TN"),
        ("Farmers blocked the highway in Harari to protest against land seizures.", "Harari",
         "ET"),
        # a division GeoNames gives no population, against a capital of millions abroad
        ("Airstrikes hit two farms in Raymah, local officials said.", "Raymah", "YE"),
        # second-level divisions, most of them with no population in GeoNames
        ("Taliban fighters attacked a police checkpoint in Achin on Monday.", "Achin", "AF"),
        ("Rockets struck near the airfield in Bagram overnight.", "Bagram", "AF"),
        ("Gunmen killed two herders in Sourou on Friday.", "Sourou", "BF"),
    ],
)
def test_places_division_spelled_as_written_beats_a_loose_namesake_abroad(
    text: str, name: str, country: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


def test_places_namesake_abroad_still_wins_where_the_text_names_its_country() -> None:
    # The penalty is less than a country the text names twice: the namesake the report
    # points to keeps winning.
    text = ("Ivorian police dispersed traders who protested in Abyan against a new market "
            "tax, the Ivorian authorities said.")
    place = places_in(text)["Abyan"].place
    assert place is not None and place.country == "CI"


def test_places_namesake_abroad_spelled_as_written_keeps_its_standing() -> None:
    # Somalia's region and Italy's city are both spelled "Bari": the penalty lowers only
    # loose readings, so the larger city still wins where nothing points to Somalia.
    place = places_in("Dockworkers marched through Bari to protest against job cuts.")[
        "Bari"].place
    assert place is not None and place.country == "IT"
