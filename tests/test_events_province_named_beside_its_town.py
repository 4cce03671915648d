"""A town named like its province, written bare before a town of that province that the
sentence writes as where the event was ("on a highway in Chihuahua, near Cuauhtemoc"), is the
province: the event is placed at the other town, not at the province's capital. Written as
the town ("Chihuahua city", "central Chihuahua"), or beside a town named only as an office's
seat, as the head of a body's name or in another clause, it stays the event's place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _place(text: str) -> str | None:
    [event] = [r for r in extract(text, published="2023-06-05") if isinstance(r, Event)]
    return event.location.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 June 2023, gunmen blocked a highway in Chihuahua, near Cuauhtemoc, and burned "
         "two trucks.", "Cuauhtemoc"),
        ("On 3 June 2023, a roadside bomb hit a police truck in Kandahar, near Spin Boldak.",
         "Spin Boldak"),
        ("On 3 June 2023, gunmen attacked a market in Kano, near Wudil, killing four traders.",
         "Wudil"),
    ],
    ids=["mexico", "afghanistan", "nigeria"],
)
def test_events_province_named_beside_its_town(text: str, expected: str) -> None:
    assert _place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2023, gunmen blocked a highway in Chihuahua city, near Cuauhtemoc, and "
        "burned two trucks.",
        "On 3 June 2023, in Chihuahua, gunmen shot dead a former mayor of Cuauhtemoc.",
        "On 3 June 2023, gunmen shot dead a lawyer in Chihuahua near the Cuauhtemoc Brewery.",
        "On 3 June 2023, soldiers killed five gunmen in Chihuahua, while two officers were "
        "wounded in the clash near Cuauhtemoc.",
    ],
    ids=["city-word", "office-seat", "body-name", "other-clause"],
)
def test_events_town_named_like_province_stays(text: str) -> None:
    assert _place(text) == "Chihuahua"
