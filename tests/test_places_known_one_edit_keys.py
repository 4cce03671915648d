"""The gazetteer keys one edit off a name's key, found once per key and shared by the readings
of a misspelt holder, a misspelt village and a misspelt town or division."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import Gazetteer, load_gazetteer, name_key
from eventcoder.places import _known_one_edit_keys, _one_edit_keys


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("written", ["Kandaharr", "Mossul", "Jalalabat", "Zzqxwv Plain"])
def test_the_same_keys_in_the_same_order_as_a_look_up_over_the_variants(
    gazetteer: Gazetteer, written: str
) -> None:
    key = name_key(written)
    found = _known_one_edit_keys(gazetteer, key)
    assert found == tuple(gazetteer.known_keys(_one_edit_keys(key)))
    assert all(gazetteer.has_key(k) and k != key for k in found)
    assert _known_one_edit_keys(gazetteer, key) is found  # looked up once


def test_a_misspelt_town_has_its_town_among_them(gazetteer: Gazetteer) -> None:
    assert name_key("Jalalabad") in _known_one_edit_keys(gazetteer, name_key("Jalalabat"))
    assert _known_one_edit_keys(gazetteer, name_key("Zzqxwv Plain")) == ()
