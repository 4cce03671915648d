"""Where nothing else in a text says where it is, two names that both have a sizeable
reading in one country lie there, though the larger namesake of one of them is abroad;
a name whose reading in that country is tiny beside its main one does not join in."""

from __future__ import annotations

from tests.places_text import places_in


def test_places_two_names_agree_on_a_country() -> None:
    found = places_in("On 3 March 2022, farmers blocked the roads around Cordoba and Granada "
                      "on Monday.")
    for name in ("Cordoba", "Granada"):
        place = found[name].place
        assert place is not None and place.country == "ES", name
    # a capital of millions is not pulled to a town of 25,000 named after it
    found = places_in("On 3 March 2022, envoys met in Geneva and Moscow on Monday.")
    place = found["Moscow"].place
    assert place is not None and place.country == "RU"
