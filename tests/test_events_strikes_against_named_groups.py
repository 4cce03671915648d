"""A release that tells two strikes one sentence each ("The first airstrike, against the
X group, near A, killed three terrorists. The second airstrike, against the Y network, ...")
names the side each struck after "against", whether the actor list knows the name or not;
the office whose statement tells of the strikes is never the side struck."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2025-09-20") if isinstance(r, Event)]


_TEXT = ("U.S. forces conducted two airstrikes in the Bakool region of Somalia on Sept. 17, "
         "according to a statement from U.S. Africa Command.\n\n"
         "The first airstrike, against the Jamaat Nasr al-Fajr group, near Hudur, killed four "
         "terrorists. The second airstrike, against the Kataib Tawhid Wadi network, near "
         "Wajid, killed one terrorist.\n\n"
         "Al-Shabaab still holds ground in the region, the command said.")


def test_each_strike_strikes_the_group_told_after_against() -> None:
    events = _events(_TEXT)
    assert [e.fatalities for e in events] == [4, 1]
    assert all(e.actor1 == "US forces" for e in events)
    assert [e.actor2 for e in events] == ["Jamaat Nasr al-Fajr", "Kataib Tawhid Wadi"]
    assert [[c.party for c in e.casualties if c.kind == "killed"] for e in events] == [
        ["Jamaat Nasr al-Fajr"], ["Kataib Tawhid Wadi"]]


def test_the_office_whose_statement_tells_the_strikes_is_not_struck() -> None:
    text = ("U.S. forces conducted an airstrike in the Gedo region of Somalia on Monday, "
            "according to a statement from U.S. Africa Command.")
    (event,) = _events(text)
    assert (event.actor1, event.actor2) == ("US forces", None)
