"""A place told as some distance from a town, the side not given ("12 Kms from X", "about
eight kilometres from X", "30km from X", "20 miles away from X"), is near the town, not in
it: precision 2, and the words that say so kept as the modifier."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "town", "modifier"),
    [
        ("Rebels burned the hamlet of Mutsaka, 12 Kms from Kitgum, on Sunday.",
         "Kitgum", "kms from"),
        ("Bandits stopped a lorry about eight kilometres from Kaura Namoda on Friday.",
         "Kaura Namoda", "kilometres from"),
        ("A roadside bomb hit a convoy 30km from Koudougou on Tuesday.", "Koudougou",
         "30km from"),
        ("Gunmen ambushed a bus some 20 miles away from Siem Reap on Monday.", "Siem Reap",
         "miles away from"),
    ],
)
def test_distance_from_a_town_is_near_it(text: str, town: str, modifier: str) -> None:
    mention = places_in(text)[town]
    assert mention.place is not None, mention
    assert (mention.modifier, mention.geo_precision) == (modifier, 2), mention


def test_town_itself_stays_precise() -> None:
    mention = places_in("Rebels burned a market in Kitgum on Sunday.")["Kitgum"]
    assert mention.geo_precision == 1
