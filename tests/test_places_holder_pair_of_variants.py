"""A holder in brackets that names a region ("(Bole, Savannah)") is read as the region, as
for a town the gazetteer lacks, where the two names pair abroad only through spelling
variants of both (a "Boley" and a "Savanna" of one US state): that pair says nothing of
the country the holder lies in."""

from __future__ import annotations

from tests.places_text import places_in


def test_pair_of_spelling_variants_abroad_leaves_the_region() -> None:
    found = places_in("Armed men burned two trucks at the cattle market (Bole, Savannah) "
                      "late on Sunday.")
    place = found["Savannah"].place
    assert place is not None
    assert (place.country, place.feature) == ("GH", "admin1")


def test_pair_spelled_as_written_still_decides() -> None:
    # the town before lies in Veracruz, as does a Cordoba spelled as written
    place = places_in("Farmers marched in Paraje Nuevo, Cordoba, over water prices.")[
        "Cordoba"].place
    assert place is not None and place.country == "MX"
