"""Armed men told as loyal to a man the actor list does not know ("fighters loyal to
warlord X") are his militia, named after him as ACLED names such militias, not the
country's unidentified gunmen; a man the list knows names his group, and forces loyal to a
sitting head of state are no militia of his."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "actor1"), [
    ("Fighters loyal to warlord Abdi Nur Farah attacked a police post in Beledweyne on "
     "Sunday, killing three officers, residents said.", "Abdi Nur Farah Militia"),
    ("Gunmen loyal to commander Rahmatullah Zadran killed two villagers in Khost province "
     "on Tuesday, officials said.", "Rahmatullah Zadran Militia"),
    ("Militiamen loyal to former governor Hassan Jama clashed with government troops near "
     "Galkayo on Monday, leaving five dead.", "Hassan Jama Militia"),
], ids=["warlord", "commander", "former-governor"])
def test_actors_militia_named_after_the_man_it_follows(text: str, actor1: str) -> None:
    events = [r for r in extract(text, published="2021-05-06") if isinstance(r, Event)]
    assert [e.actor1 for e in events] == [actor1]


def test_actors_known_leader_names_his_group() -> None:
    text = ("Fighters loyal to Khalifa Haftar shelled the outskirts of Tripoli on Monday, "
            "killing two civilians.")
    events = [r for r in extract(text, published="2020-05-06") if isinstance(r, Event)]
    assert [e.actor1 for e in events] == ["Libyan National Army"]


def test_actors_forces_loyal_to_a_sitting_president_are_no_militia() -> None:
    text = ("Forces loyal to President Omar Dulane clashed with clan fighters near Baidoa "
            "on Monday, leaving four dead.")
    events = [r for r in extract(text, published="2021-05-06") if isinstance(r, Event)]
    assert events
    assert not any((e.actor1 or "").endswith("Militia") for e in events)
