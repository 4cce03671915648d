"""A group the text names after a man ("the Sher Zaman group") that the actor list does not
know is an armed group of that name, not an unknown actor; bodies named "... Group" that
are no armed group are left alone."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import match_actors
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "actor1"), [
    ("Members of the Sher Zaman group attacked a security checkpoint in North Waziristan on "
     "Friday, killing two soldiers, officials said.", "Sher Zaman Group"),
    ("Militants of the Karim Dad group abducted three teachers in Bara, Khyber district on "
     "Thursday, police said.", "Karim Dad Group"),
    ("The Sadiq Noor group claimed responsibility for the roadside bomb that killed four "
     "policemen in Miranshah on Wednesday.", "Sadiq Noor Group"),
    ("Gunmen belonging to the Wali Ahmad Khan group ambushed a police patrol near Kunduz "
     "city on Friday, killing three officers.", "Wali Ahmad Khan Group"),
], ids=["members-of", "militants-of", "claim", "three-word-name"])
def test_actors_group_named_after_a_man_is_an_armed_group(text: str, actor1: str) -> None:
    events = [r for r in extract(text, published="2021-05-09") if isinstance(r, Event)]
    assert [e.actor1 for e in events] == [actor1]


@pytest.mark.parametrize("text", [
    "The International Crisis Group said the talks had stalled.",
    "The Contact Group met in Geneva on Monday.",
])
def test_actors_bodies_named_group_are_no_armed_group(text: str) -> None:
    assert not any(m.name.endswith(" Group") and m.kind == "rebel_group"
                   for m in match_actors(text, country="AF"))
