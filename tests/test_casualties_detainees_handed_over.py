"""Detainees handed from one keeper to another, or let go, are no new detentions:
"transferred 150 detainees to the authorities", "hands over 40 detainees", "37 detainees
were released". People arrested and then handed over were detained all the same."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event, Tally
from tests.conftest import fixture_records


@pytest.mark.parametrize(
    ("text", "detained"),
    [
        # the detainees handed over: held before, by another
        ("The militia transferred 150 detainees to the provincial authorities on Monday.", 0),
        ("Kurdish forces hand over 40 detainees to Baghdad.", 0),
        ("Police said 37 detainees were released after mediation by tribal elders.", 0),
        ("Forty detainees were repatriated to their home country last week.", 0),
        # a count of those handed over so far: none of them taken now
        ("That brings the number of detainees handed over this year to 612.", 0),
        # people taken, then handed over, were taken
        ("Troops arrested 12 suspects and transferred them to the police.", 12),
        ("Soldiers detained 9 smugglers near the crossing on Friday.", 9),
    ],
)
def test_casualties_detainees_handed_over_are_no_detentions(text: str, detained: int) -> None:
    found = [m.count or 0 for m in find_casualty_mentions(text) if m.kind == "detained"]
    assert sum(found) == detained, found


def test_casualties_detainees_handed_over_in_a_report() -> None:
    # "transferred 150 Iraqi nationals ..., bringing the number of detainees handed over
    # since the start of the year to 612": no one detained, neither in an event nor a tally
    records = fixture_records("tallies", "k24-sdf-hands-over-detainees-since-start", None)
    assert not [c for r in records if isinstance(r, Event) for c in r.casualties
                if c.kind == "detained"]
    assert not [t for t in records if isinstance(t, Tally) and t.metric == "detained"]
