"""Men counted by a bare word of a fighting side ("killing four officers")
are of the side the acting forces struck, where the text names it, not a party called
"officers"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "party"), [
    ("Turkish forces struck PKK hideouts near Gara in northern Iraq, killing four officers, "
     "the ministry said.", "Kurdistan Workers' Party"),
    ("Israeli aircraft struck Hezbollah positions near Nabatieh, killing two officers, the "
     "army said.", "Hezbollah"),
], ids=["ground-forces", "aircraft"])
def test_casualties_bare_officers_are_of_the_side_struck(text: str, party: str) -> None:
    events = [r for r in extract(text, published="2024-02-14") if isinstance(r, Event)]
    assert len(events) == 1
    assert [(c.kind, c.party) for c in events[0].casualties] == [("killed", party)]


def test_casualties_officers_of_a_named_side_stay_its_own() -> None:
    events = [r for r in extract("Israeli troops killed three officers of Hamas in an "
                                 "airstrike on Khan Younis, the army said.",
                                 published="2024-02-14") if isinstance(r, Event)]
    assert [(c.kind, c.party, c.count) for c in events[0].casualties] == [
        ("killed", "Hamas", 3)]
