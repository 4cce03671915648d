"""One armed man told as a named group's own ("a gunman believed to belong to Boko Haram")
makes the group the suspected attacker, as "gunmen believed to belong to" it do."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A gunman believed to belong to Boko Haram shot dead two farmers in Konduga on "
         "Monday.", "Boko Haram"),
        ("A militant believed to belong to Boko Haram shot dead two farmers in Konduga on "
         "Monday.", "Boko Haram"),
        ("A gunman believed to be a member of al-Shabaab shot dead two traders in Baidoa on "
         "Monday.", "Al Shabaab"),
    ],
)
def test_the_group_of_the_one_armed_man_is_actor1(text: str, group: str) -> None:
    (event,) = [r for r in extract(text, published="2024-05-15") if isinstance(r, Event)]
    assert event.actor1 == group
    assert group not in event.assoc_actor_1
