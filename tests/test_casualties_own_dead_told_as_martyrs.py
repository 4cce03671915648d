"""Dead told in the words a side keeps for its own ("the martyrdom of an officer", "were
martyred") are of the state's forces that acted, not of the enemy they struck; and a time
told between "were able" and its "to" ("were able today, Tuesday, to kill") leaves the
killing done, as translated releases write it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _casualties(text: str) -> list[tuple[str, str | None, int | None]]:
    events = [r for r in extract(text, published="2024-10-22") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    return sorted((c.kind, c.party, c.count) for c in events[0].casualties)


@pytest.mark.parametrize("told", [
    "The clash led to the martyrdom of an officer.",
    "An officer was martyred in the exchange of fire.",
    "One officer embraced martyrdom during the clash.",
], ids=["martyrdom-of", "was-martyred", "embraced"])
def test_casualties_martyred_officer_is_of_the_acting_forces(told: str) -> None:
    text = ("Iraqi security forces killed two terrorists of ISIS in an orchard near Khalis, "
            f"a security source said. {told}")
    assert _casualties(text) == [("killed", "Iraqi Security Forces", 1),
                                 ("killed", "Islamic State", 2)]


@pytest.mark.parametrize("text", [
    "The security forces were able today, Thursday, to kill three terrorists in Tuz, a "
    "source said.",
    "The security forces were able yesterday to kill three terrorists in Tuz, a source said.",
    "Army units managed on Sunday night to kill three terrorists near Tuz, a source said.",
    "The security forces were able, at dawn today, to kill three terrorists in Tuz.",
    "The security forces were able in the early hours of today to kill three terrorists in "
    "Tuz.",
], ids=["today-weekday", "yesterday", "weekday-night", "at-dawn", "early-hours"])
def test_casualties_time_between_able_and_to_leaves_it_done(text: str) -> None:
    assert [(kind, count) for kind, _party, count in _casualties(text)] == [("killed", 3)]


@pytest.mark.parametrize("text", [
    "The security forces tried on Thursday to kill three terrorists in Tuz, a source said.",
    "Army units went today to arrest three suspects in Tuz, a source said.",
], ids=["tried", "went"])
def test_casualties_time_after_a_word_of_intent_stays_meant(text: str) -> None:
    assert [kind for kind, _party, _count in _casualties(text)] == []
