"""A force described in common words with its name in brackets after ("the internal
security forces (Asayish)") is the force the brackets name, not a state's security forces;
a vehicle or post "belonging to" it is the side struck, a word before its name or not."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("A roadside bomb exploded on Monday on a vehicle belonging to the internal security "
         "forces (Asayish) near Amuda.", "Asayish"),
        ("Gunmen opened fire on Monday on a checkpoint of the internal security forces "
         "(Asayish) near Amuda, and fled.", "Asayish"),
    ],
)
def test_actors_described_force_named_in_brackets(text: str, actor2: str) -> None:
    events = [r for r in extract(text, published="2023-03-07") if isinstance(r, Event)]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Syria)", actor2)], [e.notes for e in events]
    assert "Syrian government forces" not in {e.actor1 for e in events}


def test_actors_a_bracketed_name_after_a_named_force_stays_apart() -> None:
    # two named forces side by side are not one told twice
    text = ("ISIS fighters attacked a post of the Syrian army (SAA) near Palmyra on Monday, "
            "killing two soldiers.")
    events = [r for r in extract(text, published="2023-03-07") if isinstance(r, Event)]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Islamic State", "Syrian government forces")], [e.notes for e in events]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A roadside bomb exploded on Monday on a vehicle belonging to the internal security "
         "forces (Asayish) near Amuda, and it resulted in the injury of (3) members of the "
         "forces. The Asayish said that the investigations continue to find the perpetrators.",
         "Asayish"),
        ("Gunmen attacked a checkpoint of the Syrian Democratic Forces near Amuda on Monday, "
         "and two members of the forces were wounded. The search for the perpetrators goes "
         "on.", "Syrian Democratic Forces"),
    ],
)
def test_actors_members_of_the_forces_told_again(text: str, party: str) -> None:
    # "the forces" told again are the group the text called forces, not the attackers
    events = [r for r in extract(text, published="2023-03-07") if isinstance(r, Event)]
    assert [{c.party for c in e.casualties if c.kind == "wounded"} for e in events] == [
        {party}], [e.notes for e in events]
