"""An event the report cites as what came before its own ("The operation came after a suicide
bomber killed five soldiers ...") is background; the reported one is not."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize("text", [
    "Iraqi forces raided an ISIS hideout in Kirkuk province on Thursday, killing four "
    "militants. The operation came after a suicide bomber killed five soldiers in Hawija on "
    "Monday.",
    "Syrian Democratic Forces raided a village near Hajin on Wednesday, detaining six "
    "suspects. The raid came after gunmen ambushed an SDF patrol in Hajin on Sunday, killing two "
    "fighters.",
    "Troops launched an offensive in the Wadi Hawran area on Friday, killing three "
    "terrorists. The offensive comes after an IED killed four shepherds near Rutba on Tuesday.",
])
def test_an_event_cited_as_what_came_before_is_background(text: str) -> None:
    events = [r for r in extract(text, published="2024-05-11") if isinstance(r, Event)]
    assert [e.background for e in events] == [False, True]
