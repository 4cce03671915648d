"""A state force that tells of an armed group's dead in a closing clause ("..., the army
said"), naming no one else, struck them, as one that tells of them before does."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-10-08") if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Six TTP militants were killed in Kurram district on Sunday, the Pakistan Army said.",
         "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan"),
        ("Six militants were killed in Kurram district on Sunday, the Pakistan Army said.",
         "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
        ("Nine militants were killed in Bajaur district, police said on Monday.",
         "Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
        # a headline's count, the telling in the body
        ("Four militants killed in Kurram\n\nFour militants were killed in Kurram "
         "district, the army said on Tuesday.",
         "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
    ],
)
def test_the_closing_teller_is_the_striker(text: str, actor1: str, actor2: str) -> None:
    (event,) = _events(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_the_teller_before_of_unnamed_fighters_struck_them() -> None:
    (event,) = _events("The Pakistan Army said 5 militants were killed in Khyber district "
                       "on Sunday.")
    assert (event.actor1, event.actor2) == (
        "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)")


def test_a_closing_teller_of_its_own_dead_was_struck() -> None:
    (event,) = _events("Three soldiers were killed when militants attacked a checkpoint in "
                       "Kurram district on Sunday, the Pakistan Army said.")
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan")


def test_a_closing_teller_of_another_force_deed_is_no_party() -> None:
    (event,) = _events("Five TTP militants were killed in a US drone strike in Kurram "
                       "district on Sunday, the Pakistan Army said.")
    assert event.actor1 != "Military Forces of Pakistan"
