"""The party words of a ranked mention, its ordinal left out: only an ordinal is dropped."""

from __future__ import annotations

import pytest

from eventcoder.casualties import _ranked_party_key, party_key
from eventcoder.mentions import CasualtyMention


def _ranked(party: str) -> CasualtyMention:
    return CasualtyMention(0, 10, "died", "killed", 1, 1, 1, "exact", party_text=party, rank=2)


@pytest.mark.parametrize(("party", "key_of"), [
    ("fourth militant", "militant"),
    ("Thirteenth victim", "victim"),
    ("twentieth soldier", "soldier"),
    ("5th policeman", "policeman"),
    ("second trader", "trader"),
    # words that end as an ordinal does are the party's own
    ("South Sudanese soldier", "South Sudanese soldier"),
    ("North Kivu militiaman", "North Kivu militiaman"),
    ("youth volunteer", "youth volunteer"),
])
def test_casualties_ranked_party_key_drops_only_an_ordinal(party: str, key_of: str) -> None:
    assert _ranked_party_key(_ranked(party)) == party_key(key_of)
