"""The dead told as the subject of a toll ("6 Taliban insurgents were killed in an ANA
operation") were struck by the force whose operation, raid or ambush it was; and the Afghan
National Army written by its initials ("ANA forces repelled a Taliban attack") is
Afghanistan's military."""

from __future__ import annotations

import pytest

from tests.found_records import events_in, read


@pytest.mark.parametrize(
    ("sentence", "actor1", "actor2"),
    [
        ("Six Taliban insurgents were killed in an ANA operation in Maiwand district of "
         "Kandahar province on Saturday.", "Military Forces of Afghanistan", "Taliban"),
        ("Two soldiers were killed in a Taliban ambush in Maiwand district of Kandahar province "
         "on Saturday.", "Taliban", "Military Forces of Afghanistan"),
        ("ANA forces repelled a Taliban attack on a checkpoint in Qaisar district of Faryab "
         "province on Saturday, killing 4 insurgents.", "Taliban",
         "Military Forces of Afghanistan"),
    ],
)
def test_events_force_whose_operation_it_was_struck_the_dead(
        sentence: str, actor1: str, actor2: str) -> None:
    (event,) = events_in(read("Kabul, 14 October 2018\n\n" + sentence, "2018-10-14"))
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_events_dead_of_a_joint_operation_struck_by_its_force() -> None:
    text = ("Mogadishu, 9 March 2021\n\nFive al-Shabaab fighters were killed in a joint SNA "
            "operation near Afgoye on Monday.")
    (event,) = events_in(read(text, "2021-03-09"))
    assert (event.actor1, event.actor2) == ("Military Forces of Somalia", "Al Shabaab")
