"""Unnamed militias of one kind told as fighting each other stand on both sides; tribal and
clan militias keep ACLED's word for them."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.actors import resolve_actor
from eventcoder.records import Event


def _event(text: str) -> Event:
    return next(r for r in eventcoder.extract(text, published="2023-10-01")
                if isinstance(r, Event))


def _names(event: Event) -> tuple[str | None, str | None]:
    def acled(actor: str | None) -> str | None:
        return event.actor_acled_names.get(actor, actor) if actor else None
    return acled(event.actor1), acled(event.actor2)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("On 14 February 2023, two clan militias fought near Dhusamareb, Somalia.",
         "Unidentified Clan Militia (Somalia)"),
        ("On 14 February 2023, inter-clan fighting broke out near Dhusamareb, Somalia, "
         "leaving five dead.", "Unidentified Clan Militia (Somalia)"),
        ("On 14 February 2023, rival tribal militias clashed near Ghat, Libya.",
         "Unidentified Tribal Militia (Libya)"),
        ("On 14 February 2023, clashes between communal militias left two dead near "
         "Lafia, Nasarawa, Nigeria.", "Unidentified Communal Militia (Nigeria)"),
    ],
)
def test_unnamed_militias_fighting_each_other(text: str, side: str) -> None:
    event = _event(text)
    assert event.event_type == "battles"
    assert _names(event) == (side, side)


def test_a_militia_against_a_named_force_keeps_the_force() -> None:
    event = _event("On 14 February 2023, two clan militias attacked soldiers near "
                   "Dhusamareb, Somalia.")
    assert _names(event)[1] is not None
    assert "Military Forces of Somalia" in (_names(event)[1] or "")


def test_one_militia_told_alone_gets_no_second_side() -> None:
    event = _event("On 14 February 2023, clan militiamen clashed near Dhusamareb, Somalia.")
    assert _names(event) == ("Unidentified Clan Militia (Somalia)", None)


@pytest.mark.parametrize(
    ("phrase", "country", "acled_name"),
    [
        ("tribesmen", "YE", "Unidentified Tribal Militia (Yemen)"),
        ("tribal fighters", "IQ", "Unidentified Tribal Militia (Iraq)"),
        ("cattle raiders", "SS", "Unidentified Communal Militia (South Sudan)"),
    ],
)
def test_tribal_militias_and_cattle_raiders(phrase: str, country: str,
                                            acled_name: str) -> None:
    found = resolve_actor(phrase, country=country)
    assert found is not None and found.acled_name == acled_name

