"""A group whose area is a few divisions of its country ("the DPR", "the OSCE SMM") makes
the places of a name in those divisions the likelier readings of that name."""

from __future__ import annotations

import pytest

from eventcoder.actors import theatre
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # A group's area picks among namesakes.
        ("The OSCE SMM recorded 14 explosions near Vasylivka on Monday.",
         "Vasylivka", "Donetsk"),
        ("Monitors of the OSCE Special Monitoring Mission heard small-arms fire at "
         "Novoselivka overnight.", "Novoselivka", "Donetsk"),
        # ... even against a town elsewhere spelled exactly as written ("Kamyanka" of
        # Cherkasy oblast) where the group's namesake is a village of another spelling.
        ("Monitors of the OSCE SMM reported shelling close to Kamyanka overnight.",
         "Kamyanka", "Donetsk"),
        ("LPR fighters fired mortars at positions in Kalynove, wounding two soldiers.",
         "Kalynove", "Luhansk"),
        ("A shell fired by the Luhansk People's Republic hit a house in Kalynove.",
         "Kalynove", "Luhansk"),
        # No such group: the largest namesake, as before.
        ("Farmers blocked the road into Vasylivka to protest against land sales.",
         "Vasylivka", "Zaporizhzhia"),
        ("Police in Kalynove detained a man for stealing copper cable.", "Kalynove", "Kyiv"),
        # The text writes the division: it outweighs the group's area.
        ("Members of the OSCE SMM visited Vasylivka, Zaporizhzhia oblast, to meet "
         "displaced families.", "Vasylivka", "Zaporizhzhia"),
    ],
)
def test_a_namesake_where_the_group_operates_unless_the_text_says_otherwise(
    text: str, name: str, admin1: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin1) == ("UA", admin1)


@pytest.mark.parametrize(
    ("text", "divisions"),
    [
        ("DPR forces shelled the village.", {("UA", "Donetsk"), ("UA", "Luhansk")}),
        ("The OSCE SMM observed 12 explosions.", {("UA", "Donetsk"), ("UA", "Luhansk")}),
        ("Houthi forces shelled the village.", set()),  # one country, no narrower area
        ("Protesters gathered in the square.", set()),
    ],
)
def test_groups_give_their_divisions(text: str, divisions: set[tuple[str, str]]) -> None:
    assert set(theatre(text)[1]) == divisions
