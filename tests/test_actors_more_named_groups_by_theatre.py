"""More groups, missions and state units under ACLED's names, their initials in their theatre."""

from __future__ import annotations

import pytest

from eventcoder.actors import resolve_actor


@pytest.mark.parametrize(("phrase", "iso", "expected"), [
    ("MINUSCA peacekeepers", "CF", "MINUSCA: United Nations Multidimensional Integrated "
     "Stabilization Mission in the Central African Republic"),
    ("BIR soldiers", "CM", "Military Forces of Cameroon (1982-) Rapid Intervention Battalion"),
    ("FACT rebels", "TD", "FACT: Front for Change and Concord in Chad"),
    ("NRF fighters", "AF", "NRF: National Resistance Front"),
    ("SPLM-N fighters", "SD", "SPLM-N: Sudan People's Liberation Movement-North"),
    ("JEM", "SD", "JEM: Justice and Equality Movement"),
    ("the FPRC", "CF",
     "FPRC: Popular Front for the Renaissance of the Central African Republic"),
    ("GATIA fighters", "ML", "GATIA: Imghad Tuareg and Allies Self-Defense Group"),
    ("Wazalendo fighters", "CD", "Wazalendo"),
    ("Twirwaneho fighters", "CD", "Twirwaneho"),
    ("FNL rebels", "BI", "FNL: National Forces of Liberation"),
    ("Macawisley militia", "SO", "Macawisley Militia"),
    ("CDF", "MM", "CDF: Chinland Defense Force"),
])
def test_actors_named_group_in_its_theatre(phrase: str, iso: str, expected: str) -> None:
    found = resolve_actor(phrase, country=iso)
    assert found is not None
    assert found.acled_name == expected


@pytest.mark.parametrize(("phrase", "iso"), [("FACT", "US"), ("CDF", "ZW"), ("MSA", "GB"),
                                             ("BIR", "NG"), ("NRF", "YE")])
def test_actors_initials_outside_their_theatre_are_none(phrase: str, iso: str) -> None:
    assert resolve_actor(phrase, country=iso) is None


@pytest.mark.parametrize("written", ["Ahlu Sunnah Wal Jamaah", "Ahlu Sunna Wal Jamaa",
                                     "Ahlu Sunna Waljama'a", "ASWJ"])
def test_actors_one_group_for_every_spelling_of_aswj(written: str) -> None:
    found = resolve_actor(written, country="SO")
    assert found is not None
    assert (found.name, found.acled_name) == ("Ahlu Sunna Waljama'a",
                                              "ASWJ: Ahlu Sunna Wal Jamaa")


@pytest.mark.parametrize(("phrase", "iso", "name", "end"), [
    ("Wazalendo fighters", "CD", "Wazalendo", 18),
    ("Mobondo militiamen", "CD", "Mobondo", 18),
    ("Macawisley militia", "SO", "Macawisley", 18),
    ("Somali Armed Forces", "SO", "Military Forces of Somalia", 19),
])
def test_actors_group_with_its_fighters_word(phrase: str, iso: str, name: str, end: int) -> None:
    # the fighters' word after a group's name, and a country's armed forces, need no alias
    found = resolve_actor(phrase, country=iso)
    assert found is not None
    assert (found.name, found.start, found.end) == (name, 0, end)
