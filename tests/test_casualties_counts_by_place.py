"""Counts of one action told place by place: "arrested 5 in A and 2 others in B" is 7."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _totals(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in extract(text, published="2024-05-10"):
        if isinstance(r, Event) and not r.background:
            for c in r.casualties:
                out[c.kind] = out.get(c.kind, 0) + (c.count if c.count is not None else 0)
    return out


@pytest.mark.parametrize(
    ("text", "totals"),
    [
        # a count, its place, then more of the same action at another place
        ("Counter-terrorism forces arrested (4) terrorists in Kirkuk and (3) others in "
         "Salahuddin on Tuesday.", {"detained": 7}),
        ("Iraqi army aircraft killed nine militants in the Hamrin mountains and two in "
         "Wadi Houran on Sunday.", {"killed": 11}),
        ("Police arrested six suspects in Basra, three in Maysan and one in Dhi Qar, the "
         "ministry said.", {"detained": 10}),
        ("Five ISIS members were killed in northern Diyala and three others near Khanaqin, "
         "officials said.", {"killed": 8}),
        # the first place is told with the one it lies in
        ("Intelligence officers arrested four suspects in the Sinjar district in Nineveh and "
         "three others in the Rutba district in Anbar.", {"detained": 7}),
        # a total broken down by place is still the total
        ("The army killed 14 militants, ten in Anbar and four in Nineveh, on Friday.",
         {"killed": 14}),
        ("The Interior Ministry announced the arrest of (11) terrorists, (8) in Kirkuk and "
         "(3) others in Diyala.", {"detained": 11}),
        # the second count has a verb of its own: not more of the first action
        ("Gunmen killed three soldiers in Tarmiyah and two civilians were wounded in "
         "Baqubah.", {"killed": 3, "wounded": 2}),
    ],
)
def test_casualties_counts_by_place_in_one_sentence(text: str, totals: dict[str, int]) -> None:
    assert _totals(text) == totals


@pytest.mark.parametrize(
    ("text", "totals"),
    [
        ("Baghdad - INA\n\nThe Ministry of Interior announced, on Friday, the arrest of (9) "
         "terrorists, (6) in Kirkuk and (3) others in Salahuddin.\n\nThe ministry said in a "
         'statement that "the detachments arrested (6) terrorists in Kirkuk Governorate and '
         '(3) others in Salahuddin Governorate."', {"detained": 9}),
        ("Iraqi warplanes killed 15 militants, ten in the Makhmour mountains and five in "
         "Wadi al-Tharthar, the Security Media Cell said on Monday.\n\nTen militants were "
         "killed in Makhmour and five others in Wadi al-Tharthar, the cell said.",
         {"killed": 15}),
        ("Soldiers arrested 12 suspects in raids on Thursday. Eight suspects were arrested "
         "in Mosul and four in Tal Afar, the army said.", {"detained": 12}),
    ],
)
def test_casualties_counts_by_place_restate_a_total_told_before(
    text: str, totals: dict[str, int]
) -> None:
    # the parts, told again in a later sentence, are the people of the total, not fewer
    assert _totals(text) == totals
