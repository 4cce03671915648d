"""A casualty party the actor list does not name is read by its head word: a relative of
a victim ("his mother", "her two sons") is a civilian; one member of an armed group told
alone ("a terrorist") is of the armed group the plural names, and, in an arrest, of the
one group the report names."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        ("A child was killed and his mother was injured on Friday when a mortar shell hit "
         "their house in Jasim, in the northern countryside of Daraa.", "wounded",
         "Civilians (Syria)"),
        ("A farmer and his brother were wounded by a landmine near Hajin on Monday.",
         "wounded", "Civilians (Syria)"),
        ("The Intelligence Agency announced on Monday the arrest of a terrorist in the Hit "
         "district, who worked within the ranks of ISIS gangs.", "detained", "Islamic State"),
    ],
)
def test_casualties_party_by_head_word(pipeline: RulePipeline, text: str, kind: str,
                                       party: str) -> None:
    event = only_event(pipeline, text)
    assert {c.party for c in event.casualties if c.kind == kind} == {party}, event.casualties
