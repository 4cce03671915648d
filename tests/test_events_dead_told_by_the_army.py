"""An army told as the source of a count of an armed group's dead ("according to the army")
struck them; the army named without its country is that of the report's country."""

from __future__ import annotations

import pytest

from tests.event_sides import acled_sides


def _sides(text: str) -> tuple[str | None, str | None]:
    return acled_sides(text, "2023-02-08")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 7 February 2023, six militants were killed near Gao (Gao), according to the army.",
         "Military Forces of Mali"),
        ("According to the army, four insurgents were killed in Mocimboa da Praia (Cabo "
         "Delgado) on 7 February 2023.", "Military Forces of Mozambique"),
    ],
)
def test_events_dead_told_according_to_the_army(text: str, actor1: str) -> None:
    struck_by, struck = _sides(text)
    assert struck_by is not None and struck_by.startswith(actor1)
    assert struck is not None and struck.startswith("Unidentified Armed Group")


def test_events_own_dead_told_by_the_army_are_struck_by_others() -> None:
    struck_by, struck = _sides("On 7 February 2023, six soldiers were killed near Gao (Gao), "
                               "according to the army.")
    assert struck_by is not None and struck_by.startswith("Unidentified Armed Group")
    assert struck is not None and struck.startswith("Military Forces of Mali")
