"""A road or bridge named after a town, then "near" or "outside" a town the gazetteer knows
("Lima Bridge near Bunia", "Moscow Road outside Kandahar"): the name is the site's, no town
abroad; the town written after it places the site."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(("text", "site", "town", "country"), [
    ("Police found a body under Lima Bridge near Bunia on Tuesday.", "Lima", "Bunia", "CD"),
    ("A bomb went off on Moscow Road near Kandahar on Tuesday.", "Moscow", "Kandahar", "AF"),
    ("Soldiers shot two men on Kilo Road outside Butembo on Friday.", "Kilo", "Butembo", "CD"),
])
def test_places_site_name_before_near_is_no_town_abroad(text: str, site: str, town: str,
                                                        country: str) -> None:
    found = places_in(text)
    assert site not in found or found[site].place is None
    place = found[town].place
    assert place is not None and place.country == country

