"""Communal actors as ACLED names them: clan militias, raiders of a people, the Nuer White
Army and Niger's armed forces by their initials."""

from __future__ import annotations

from datetime import date

import pytest

import eventcoder
from eventcoder.actors import resolve_actor
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("phrase", "country", "acled_name"),
    [
        ("Marehan clan militiamen", "SO", "Marehan Clan Militia (Somalia)"),
        ("Habar Gidir militia", "SO", "Habar Gidir Clan Militia (Somalia)"),
        ("Dhulbahante clansmen", "SO", "Dhulbahante Clan Militia (Somalia)"),
        ("clan militiamen", "SO", "Unidentified Clan Militia (Somalia)"),
        ("clan militias", "ET", "Unidentified Clan Militia (Ethiopia)"),
        ("Pokot raiders", "KE", "Pokot Ethnic Militia (Kenya)"),
        ("Turkana cattle raiders", "KE", "Turkana Ethnic Militia (Kenya)"),
        ("the Nuer White Army", "SS", "Nuer Ethnic Militia (South Sudan)"),
        ("the White Army", "SS", "Nuer Ethnic Militia (South Sudan)"),
        ("Tiv militia", "NG", "Tiv Ethnic Militia (Nigeria)"),
        ("militiamen", "CD", "Unidentified Communal Militia (Democratic Republic of Congo)"),
    ],
)
def test_communal_militias_named_as_acled_does(phrase: str, country: str,
                                                acled_name: str) -> None:
    found = resolve_actor(phrase, country=country, when=date(2023, 5, 1))
    assert found is not None
    assert found.acled_name == acled_name
    assert (found.kind, found.inter) == ("identity_militia", 4)


@pytest.mark.parametrize("phrase", ["riot police", "a riot squad", "the anti-riot squad"])
def test_riot_squads_are_police(phrase: str) -> None:
    found = resolve_actor(phrase, country="UG", when=date(2023, 5, 1))
    assert found is not None and found.kind == "police"
    assert found.acled_name is not None
    assert found.acled_name.startswith("Police Forces of Uganda (")


@pytest.mark.parametrize("phrase", ["the FANI", "FANI soldiers", "the Niger Armed Forces"])
def test_niger_armed_forces_by_their_initials(phrase: str) -> None:
    found = resolve_actor(phrase, country="NE", when=date(2023, 10, 1))
    assert found is not None
    assert found.acled_name is not None
    assert found.acled_name.startswith("Military Forces of Niger (")
    assert found.kind == "state_forces"


def _first_event(text: str) -> Event:
    return next(r for r in eventcoder.extract(text, published="2023-10-01")
                if isinstance(r, Event))


def test_clans_fighting_each_other() -> None:
    event = _first_event("On 9 July 2023, Marehan clan militiamen clashed with Habar Gidir "
                         "clan militia near Galkayo, Somalia. Four were killed.")
    names = {event.actor_acled_names.get(a, a) for a in (event.actor1, event.actor2) if a}
    assert names == {"Marehan Clan Militia (Somalia)", "Habar Gidir Clan Militia (Somalia)"}
