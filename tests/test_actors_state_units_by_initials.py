"""State forces and their units told by their initials, in their own country only."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.actors import resolve_actor

_DAY = date(2021, 5, 1)


@pytest.mark.parametrize(("phrase", "iso", "expected"), [
    ("SNA forces", "SO", "Military Forces of Somalia (2017-)"),
    ("the Somali National Army", "SO", "Military Forces of Somalia (2017-)"),
    ("RAB members", "BD", "Police Forces of Bangladesh (2009-) Rapid Action Battalion"),
    ("the Rapid Action Battalion", "BD",
     "Police Forces of Bangladesh (2009-) Rapid Action Battalion"),
    ("National Guard troops", "MX", "Police Forces of Mexico (2018-) National Guard"),
])
def test_actors_state_unit_named(phrase: str, iso: str, expected: str) -> None:
    found = resolve_actor(phrase, country=iso, when=_DAY)
    assert found is not None
    assert found.acled_name == expected


@pytest.mark.parametrize(("phrase", "iso"), [("RAB", "IN"), ("National Guard", "UA")])
def test_actors_initials_elsewhere_are_not_the_unit(phrase: str, iso: str) -> None:
    found = resolve_actor(phrase, country=iso, when=_DAY)
    assert found is None or "Bangladesh" not in (found.acled_name or "") \
        and "Mexico" not in (found.acled_name or "")


def test_actors_sna_in_syria_stays_the_syrian_national_army() -> None:
    found = resolve_actor("SNA fighters", country="SY", when=_DAY)
    assert found is not None and found.name == "Syrian National Army"
