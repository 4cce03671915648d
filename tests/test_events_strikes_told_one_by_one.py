"""A release that tells several strikes together ("U.S. forces conducted two airstrikes
against X and Y") and then one sentence each ("The first airstrike, against X, ... killed
three terrorists. The second airstrike, against Y, ... killed two terrorists.") reports an
event for each strike: its own count, its own group struck, and the force that struck them
all, though "The second airstrike" names no striker of its own."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-03-15") if isinstance(r, Event)]


def _actor(event: Event, name: str | None) -> str | None:
    return event.actor_acled_names.get(name, name) if name else None


def test_each_strike_told_by_itself_is_an_event_of_the_force_that_struck() -> None:
    text = ("U.S. forces conducted two airstrikes against ISIL and Hurras al-Din in northwest "
            "Syria on Wednesday.\n\n"
            "The first airstrike, against ISIL, near Sarmada, killed three terrorists. The "
            "second airstrike, against Hurras al-Din, near Salqin, killed two terrorists.")
    events = _events(text)
    assert [e.fatalities for e in events] == [3, 2]
    assert all(e.actor1 == "US forces" for e in events)
    assert [e.actor2 for e in events] == ["Islamic State", "Hurras al-Din"]
    assert [[c.party for c in e.casualties if c.kind == "killed"] for e in events] == [
        ["Islamic State"], ["Hurras al-Din"]]
    assert all(e.date_start == "2024-03-13" for e in events)


def test_a_strike_told_by_itself_keeps_the_one_group_told_with_them_all() -> None:
    text = ("American forces carried out three airstrikes against the Islamic State group in "
            "Syria on Monday.\n\n"
            "The first airstrike, near Sarmada, killed four terrorists. The second airstrike, "
            "near Salqin, killed one terrorist. The third airstrike, near Atimah, killed two "
            "terrorists.")
    events = _events(text)
    assert [e.fatalities for e in events] == [4, 1, 2]
    assert len({e.actor1 for e in events}) == 1 and events[0].actor1 is not None
    assert all(e.actor2 == "Islamic State" for e in events)


def test_a_second_strike_with_no_strikes_told_together_stays_one_event() -> None:
    text = ("Coalition aircraft struck an ISIL position near Sarmada on Monday, killing three "
            "fighters. The second airstrike of the week destroyed a supply truck.")
    assert len(_events(text)) == 1
