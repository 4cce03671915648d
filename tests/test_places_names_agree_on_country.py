"""Where nothing else in a text says where it is, two names that both have a sizeable
reading in one country lie there, though the larger namesake of one of them is abroad;
a name whose reading in that country is small beside its main one does not join in."""

from __future__ import annotations

from tests.places_text import places_in


def test_places_two_names_agree_on_a_country() -> None:
    found = places_in("On 3 March 2022, farmers blocked the roads around Toledo and Granada "
                      "on Monday.")
    for name in ("Toledo", "Granada"):
        place = found[name].place
        assert place is not None and place.country == "ES", name
    # two cities abroad keep their own countries, whatever namesakes they share
    found = places_in("On 3 March 2022, envoys met in Geneva and Florence on Monday.")
    places = [found[name].place for name in ("Geneva", "Florence")]
    assert [p.country if p else None for p in places] == ["CH", "IT"]
