"""An agency named in its dateline's brackets or after its dash ("MOGADISHU (Hiiraan Online)
-", where Hiiraan is also a region's name) is no region the text states: the towns of the
story keep their own place, as they would under any other agency's dateline."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize("dateline", [
    "MOGADISHU (Hiiraan Online) -",
    "MOGADISHU, Somalia (Hiiraan Online) -",
    "MOGADISHU (AP) -",
], ids=["agency-region-name", "with-country", "other-agency"])
def test_places_agency_named_after_a_region_states_no_region(dateline: str) -> None:
    text = (f"{dateline} Four people were killed on Tuesday when a mortar shell hit a market "
            "in Baidoa, residents said. One of the wounded told Hiiraan Online that the shell "
            "came from the north.")
    events = [r for r in extract(text, published="2024-06-19") if isinstance(r, Event)]
    assert [(e.location.name, e.location.country, e.location.admin1) for e in events] == [
        ("Baidoa", "SO", "Bay")]
