"""The Somali government calls al-Shabaab "the Khawarij": in a report about Somalia the word
names that group; in a report about another country it names none."""

from __future__ import annotations

import pytest

from eventcoder.actors import resolve_actor


@pytest.mark.parametrize(("phrase", "country", "name"), [
    ("members of the Khawarij", "SO", "Al Shabaab"),
    ("the Khawarij", "SO", "Al Shabaab"),
    ("members of the Khawarij", "PK", None),
    ("members of the Khawarij", None, None),
])
def test_actors_khawarij_named_in_somalia(phrase: str, country: str | None,
                                          name: str | None) -> None:
    found = resolve_actor(phrase, country=country)
    assert (found.name if found is not None else None) == name
