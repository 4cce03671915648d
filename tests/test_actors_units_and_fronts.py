"""Named units and fronts take ACLED's names: a state's unit after the state's forces, a
front or operation by its own name."""

from __future__ import annotations

import pytest

from eventcoder.actors import resolve_actor


@pytest.mark.parametrize(
    ("phrase", "country", "name", "acled_prefix"),
    [
        ("the Iraqi Counter-Terrorism Service", "IQ", "Counter Terrorism Service",
         "Military Forces of Iraq ("),
        ("CTS units", "IQ", "Counter Terrorism Service", "Military Forces of Iraq ("),
        ("Iraqi troops", "IQ", "Iraqi Security Forces", "Military Forces of Iraq ("),
        ("two BSF personnel", "IN", "Border Security Force", "Police Forces of India ("),
        ("Southern Resistance fighters", "YE", "Southern Resistance", "Southern Resistance"),
        ("factions under OPS", "SY", "Operation Peace Spring", "Operation Peace Spring"),
    ],
)
def test_actors_unit_or_front_names(phrase: str, country: str, name: str,
                                    acled_prefix: str) -> None:
    mention = resolve_actor(phrase, country=country)
    assert mention is not None and mention.name == name
    assert mention.acled_name is not None and mention.acled_name.startswith(acled_prefix)


def test_actors_counter_terrorism_service_keeps_its_unit_name() -> None:
    mention = resolve_actor("Counter Terrorism Service", country="IQ")
    assert mention is not None and mention.acled_name is not None
    assert mention.acled_name.endswith(") Counter Terrorism Service")


@pytest.mark.parametrize(("phrase", "country"), [("CTS", "NG"), ("OPS", "MX")])
def test_actors_short_abbreviations_only_in_their_country(phrase: str, country: str) -> None:
    mention = resolve_actor(phrase, country=country)
    assert mention is None
