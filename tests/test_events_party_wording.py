"""A party no actor names reads the same whatever the wording: "0 partner force casualties"
and "no partner forces were hurt" are both of "partner forces"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_LEAD = ("U.S. forces conducted a raid near Al-Shaddadi on April 30 that killed two ISIS "
         "fighters. ")


def _zero_parties(text: str) -> set[str | None]:
    events = [r for r in extract(_LEAD + text, published="2024-05-10")
              if isinstance(r, Event)]
    return {c.party for e in events for c in e.casualties if c.qualifier == "zero"}


@pytest.mark.parametrize(("text", "party"), [
    ("There were 0 partner force casualties.", "partner forces"),
    ("No partner forces were injured.", "partner forces"),
    ("There were 0 security force casualties.", "security forces"),
])
def test_attributive_party_reads_as_its_plural(text: str, party: str) -> None:
    assert _zero_parties(text) == {party}
