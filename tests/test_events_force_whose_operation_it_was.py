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


_UPDATE = ("Daily Operations Update - {day}\n\nSecurity forces conducted clearance operations "
           "in several provinces over the past 24 hours. The results are as follows:\n\n{line}\n")


@pytest.mark.parametrize(
    ("day", "published", "line", "place"),
    [
        ("14 October 2018", "2018-10-14", "• Kandahar: 6 Taliban insurgents were killed and 3 "
         "others wounded in an ANA operation in Maiwand district.", "Maiwand"),
        ("2 May 2019", "2019-05-02", "- Kunduz: ANA commandos killed 9 Taliban insurgents in "
         "Chahar Dara district.", "Chahar Dara"),
        # a label with no place of its province after it stays the place
        ("2 May 2019", "2019-05-02", "- Faryab: ANA forces killed 5 Taliban insurgents.",
         "Faryab"),
    ],
)
def test_events_line_label_names_the_province_of_the_place_after_it(
        day: str, published: str, line: str, place: str) -> None:
    (event,) = events_in(read(_UPDATE.format(day=day, line=line), published))
    assert event.location.name == place
