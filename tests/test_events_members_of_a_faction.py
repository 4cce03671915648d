"""Armed men told as a named group's own in news prose: "militants believed to belong to a
dissident faction of the former X" (the faction acts now, whatever became of X), "the
attackers, members of X," told in apposition. The group is actor1; it is no side struck
though it is the last named before the deed. Men said to be former members of a group
("former X guerrillas") are not read as the group by these words."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text, published="2024-06-20") if isinstance(r, Event)
              and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Two soldiers were killed when militants believed to belong to a dissident faction "
         "of the former FARC attacked a patrol near Argelia, Cauca, Colombia, on Tuesday.",
         "FARC dissidents"),
        ("Militants believed to belong to a breakaway faction of the ELN attacked a police "
         "post in Saravena, Arauca, Colombia, on Tuesday.", "National Liberation Army"),
        ("Gunmen raided a village in Niassa province, Mozambique, on Tuesday, killing four "
         "fishermen. The attackers, members of the Islamic State group, then burned a "
         "church.", "Islamic State"),
    ],
)
def test_members_of_a_named_group_make_it_actor1(text: str, group: str) -> None:
    event = _main(text)
    assert event.actor1 == group, (event.actor1, event.actor2)
    assert event.actor2 != group, (event.actor1, event.actor2)


def test_gunmen_who_attacked_men_loyal_to_a_group_keep_their_places() -> None:
    event = _main("Gunmen attacked militants loyal to the ELN near Saravena, Arauca, "
                  "Colombia, on Tuesday.")
    assert event.actor1 != "National Liberation Army", (event.actor1, event.actor2)
