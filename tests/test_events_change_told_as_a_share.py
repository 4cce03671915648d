"""How a count of deeds changed, told as a share ("Terror incidents declined by 30
percent", "a 40 per cent drop in attacks"), is neither an incident nor a count."""

from __future__ import annotations

import pytest

from tests.found_records import events_in, read, tallies_in


@pytest.mark.parametrize(
    "sentence",
    [
        "Terror incidents declined by 30 percent compared with 2020.",
        "Infiltration attempts were 33 percent lower than in the previous year.",
        "The year saw a 40 per cent drop in attacks on security forces.",
    ],
)
def test_events_change_told_as_a_share_is_no_incident_nor_count(sentence: str) -> None:
    text = "New Delhi, 4 January 2022\n\nThe security situation improved in 2021. " + sentence
    found = read(text, "2022-01-04")
    assert not events_in(found)
    assert not tallies_in(found)
