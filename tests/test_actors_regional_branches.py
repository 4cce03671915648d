"""A group's name with a region joined to it ("ISIL-Khorasan", "IS West Africa") is the
regional branch the actor list holds under that region, not the parent group; a region
the list holds no branch for leaves the parent group."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors, resolve_actor


@pytest.mark.parametrize(("phrase", "branch"), [
    ("ISIL-Khorasan militants", "Islamic State Khorasan Province"),
    ("IS-Sahel fighters", "Islamic State in the Greater Sahara"),
    ("ISIS-West Africa", "Islamic State West Africa Province"),
])
def test_actors_regional_branch_of_a_group(phrase: str, branch: str) -> None:
    found = resolve_actor(phrase, country="NG")
    assert found is not None and found.name == branch


def test_actors_regional_branch_spans_the_region() -> None:
    text = "Gunmen of ISIS-Khorasan attacked a market in Jalalabad on Friday."
    names = {(m.text, m.name) for m in match_actors(text, country="AF")}
    assert ("ISIS-Khorasan", "Islamic State Khorasan Province") in names


@pytest.mark.parametrize("phrase", ["ISIS Monday", "ISIS-Ruritania fighters"])
def test_actors_no_branch_keeps_the_parent_group(phrase: str) -> None:
    found = resolve_actor(phrase, country="IQ")
    assert found is not None and found.name == "Islamic State"
