"""A group named after its parent and the word for what it is to the parent ("the
al-Qaeda affiliate JNIM", "the Islamic State's local branch ISWAP") is the one actor,
over the whole phrase; the parent beside it is no actor of the event."""

from __future__ import annotations

import pytest

from eventcoder import actors, extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "actor1", "evidence"),
    [
        ("Fighters from the al-Qaeda affiliate JNIM attacked an army post near Dori on "
         "Sunday.", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda affiliate JNIM"),
        ("The Islamic State's local branch ISWAP attacked an army post near Damasak on "
         "Sunday.", "Islamic State West Africa Province",
         "Islamic State's local branch ISWAP"),
        ("Al-Qaeda's Somali affiliate al-Shabaab attacked an army post near Jowhar on "
         "Sunday.", "Al Shabaab", "Al-Qaeda's Somali affiliate al-Shabaab"),
    ],
)
def test_the_affiliate_is_the_actor(text: str, actor1: str, evidence: str) -> None:
    events = [r for r in extract(text, published="2024-07-01") if isinstance(r, Event)]
    assert [e.actor1 for e in events] == [actor1]
    assert [ev.text for ev in events[0].evidence["actor1"]] == [evidence]


def test_a_parent_alone_stays_the_actor() -> None:
    text = "Al-Qaeda fighters attacked an army post near Dori on Sunday."
    events = [r for r in extract(text, published="2024-07-01") if isinstance(r, Event)]
    assert [e.actor1 for e in events] == ["Al Qaeda"]


@pytest.mark.parametrize(
    "between",
    ["'s local branch ", " affiliate ", " Affiliate ", " offshoot, the ", "’s Sahelian branch "],
)
def test_every_phrase_holds_a_stem(between: str) -> None:
    assert actors._AFFILIATE_BETWEEN.fullmatch(between) is not None
    assert any(stem in between for stem in actors._AFFILIATE_STEMS)
