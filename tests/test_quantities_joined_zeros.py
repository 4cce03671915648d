"""A negative that joins several parties ("No U.S. or SDF personnel were injured", "no
soldiers or civilians were hurt") gives each of them its explicit zero; a party written as a
name alone ("U.S.") shares the noun of the last one."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "parties"), [
    ("No U.S. or SDF personnel were injured in the raid.",
     ["U.S. personnel", "SDF personnel"]),
    ("No American or Iraqi troops were hurt during the operation.",
     ["American troops", "Iraqi troops"]),
    ("No coalition forces or civilians were hurt in the strike.",
     ["coalition forces", "civilians"]),
    ("No civilians or Iraqi soldiers were injured, the ministry said.",
     ["civilians", "Iraqi soldiers"]),
    ("No Syrian or Russian troops were wounded in the clash.",
     ["Syrian troops", "Russian troops"]),
])
def test_each_party_of_a_joined_negative_has_its_zero(text: str, parties: list[str]) -> None:
    zeros = [m for m in find_casualty_mentions(text) if m.qualifier == "zero"]
    assert sorted({m.party_text for m in zeros}) == sorted(parties)
    for m in zeros:
        assert m.party_start is not None and m.party_end is not None
        assert text[m.party_start:m.party_end] in m.party_text


@pytest.mark.parametrize(("text", "zeros"), [
    ("U.S. Central Command forces conducted a partnered raid with the Syrian Democratic Forces "
     "in eastern Syria on May 3, killing three ISIS operatives. No U.S. or SDF personnel were "
     "injured in the operation.",
     {("wounded", "US forces"), ("wounded", "Syrian Democratic Forces")}),
    ("U.S. forces conducted an airstrike in Deir ez-Zor on April 22, killing a senior ISIS "
     "official. No US forces or civilians were hurt in the strike.",
     {("wounded", "US forces"), ("wounded", "Civilians (Syria)")}),
])
def test_events_keep_a_zero_for_each_party(text: str, zeros: set[tuple[str, str]]) -> None:
    events = [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]
    got = [(c.kind, c.party) for e in events for c in e.casualties if c.qualifier == "zero"]
    assert set(got) == zeros
    assert len(got) == len(zeros)
