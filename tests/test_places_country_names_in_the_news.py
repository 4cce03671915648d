"""Country names the news uses for one country where the standards give them to another.

"Congo" alone is the Democratic Republic of Congo in wire reporting; the smaller neighbour is
"Republic of Congo" or "Congo Republic". A Congolese "territory" is a second-level division.
"""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Militiamen raided a gold mine in eastern Congo on Sunday.", "Congo", "CD"),
        ("Flooding displaced thousands in Congo's Ituri province.", "Congo", "CD"),
        ("Protesters marched in Brazzaville, Republic of Congo, on Friday.",
         "Republic of Congo", "CG"),
        ("Voters in Congo Republic went to the polls on Sunday.", "Congo Republic", "CG"),
    ],
)
def test_places_country_names_in_the_news(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


def test_places_country_names_congolese_territory_is_a_district() -> None:
    found = places_in("Rebels attacked a village in Beni territory of North Kivu, Congo.")
    beni = found["Beni"].place
    assert beni is not None and (beni.country, beni.admin1) == ("CD", "Nord-Kivu")
