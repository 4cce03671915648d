"""A capitalised word after a given name is the surname even where it is also a verb or a
reporting word ("Said", "Found", "Left"): the party is the whole name."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Gunmen opened fire on a bus near Sokoto on Tuesday. Yusuf Danladi and Aminu Said "
         "died in the attack.", {"Yusuf Danladi", "Aminu Said"}),
        ("Gunmen opened fire on a bus near Sokoto on Tuesday. Halima Found and Bashir Left "
         "were killed.", {"Halima Found", "Bashir Left"}),
        ("A bomb hit a market in Sokoto. Aminu Said was wounded.", {"Aminu Said"}),
    ],
    ids=["said", "found-left", "alone"],
)
def test_surname_stays_with_the_given_name(text: str, parties: set[str]) -> None:
    found = {m.party_text for m in find_casualty_mentions(text) if m.party_text}
    assert parties <= found
    assert not {p.split()[0] for p in parties} & found


def test_a_headline_in_capitals_keeps_its_verb() -> None:
    found = [m for m in find_casualty_mentions("Two Soldiers Killed In Sokoto Raid")
             if m.kind == "killed"]
    assert found and found[0].count == 2
