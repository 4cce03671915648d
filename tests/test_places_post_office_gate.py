"""The register's post-office villages are checked only where a reading is one.

``_register_villages_of_named`` and ``_register_villages_in_stated`` drop post-office
villages a text gives no reason to read; where no reading of the text's names is such a
village (most texts: only India's register has them), both return the readings unchanged
without their checks. ``_any_post_office`` says so, asking an entry only where its country
has such villages (``Gazetteer.post_office_countries``). The places found are the same as
with the checks run on every text.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder import places
from eventcoder.gazetteer import load_gazetteer, name_key
from eventcoder.pipeline import compiled_modules
from tests.places_text import place_mentions

#: A compiled module calls its own functions directly: a patched one is never called.
_PATCHABLE = pytest.mark.skipif("eventcoder.places" in compiled_modules(),
                                reason="a compiled module calls its own functions directly")


def _candidates(key: str) -> list[Any]:
    gazetteer = load_gazetteer()
    return [places._Candidate(i, gazetteer.feature_of(i), gazetteer.country_code_of(i),
                              gazetteer.admin1_of(i), gazetteer.admin2_of(i), 0.0, True)
            for i in gazetteer.candidates_for_key(key)]


def test_post_office_countries_hold_every_post_office_village() -> None:
    gazetteer = load_gazetteer()
    countries = gazetteer.post_office_countries()
    assert countries == {gazetteer.country_code_of(index) for index in range(len(gazetteer))
                         if gazetteer.is_post_office_village(index)}
    # every 37th entry: a village outside those countries would be missed by the gate
    for index in range(0, len(gazetteer), 37):
        if gazetteer.is_post_office_village(index):
            assert gazetteer.country_code_of(index) in countries
    assert "IN" in countries  # India's register gives its villages' districts


def test_any_post_office_is_the_entries_own_answer() -> None:
    gazetteer = load_gazetteer()
    for name in ("Batasena", "Kabul", "Mosul", "Chanchaura", "Malakpur", "Paris"):
        cands = _candidates(name_key(name))
        assert places._any_post_office(gazetteer, [cands]) == any(
            gazetteer.is_post_office_village(c.entry) for c in cands), name
    villages = [c for c in _candidates(name_key("Batasena"))
                if gazetteer.is_post_office_village(c.entry)]
    towns = [c for c in _candidates(name_key("Kabul"))
             if not gazetteer.is_post_office_village(c.entry)]
    assert villages and towns
    assert places._any_post_office(gazetteer, [towns, villages])
    assert not places._any_post_office(gazetteer, [towns, []])
    assert not places._any_post_office(gazetteer, [])


def test_readings_with_no_village_come_back_unchanged() -> None:
    gazetteer = load_gazetteer()
    towns = [c for c in _candidates(name_key("Kabul"))
             if not gazetteer.is_post_office_village(c.entry)]
    assert places._register_villages_in_stated(gazetteer, towns, {("AF", 0)}) == towns


_TEXTS = (
    "Police said a landmine hit a jeep near Batasena village (Koraput, Odisha) on Monday.",
    "Unknown gunmen attacked a checkpoint near Batasena, killing two soldiers, the ministry "
    "in Kabul said.",
    "Residents of Malakpur village (Jhansi, Uttar Pradesh) clashed with police over a water "
    "dispute.",
    "Farmers protested at Nandgawan in Etawah district, Uttar Pradesh, and near Rampur.",
    "On 3 May, militants fired mortars at an army post in Kunar province, Afghanistan.",
    "Protesters gathered in Mosul and Erbil (Iraq) to demand the release of detainees.",
    "Clashes broke out between herders and farmers near Jos, Plateau state, Nigeria.",
)


@_PATCHABLE
@pytest.mark.parametrize("text", _TEXTS)
def test_places_are_those_the_checks_on_every_text_give(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = place_mentions(text)
    monkeypatch.setattr(places, "_any_post_office", lambda *args: True)
    assert place_mentions(text) == gated
