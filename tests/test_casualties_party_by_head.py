"""A casualty party the actor list does not name is read by its head word: a relative of
a victim ("his mother", "her two sons") is a civilian; one member of an armed group told
alone ("a terrorist") is of the armed group the plural names, and, in an arrest, of the
one group the report names."""

from __future__ import annotations

import pytest

from eventcoder.casualties import party_by_head
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


@pytest.mark.parametrize(
    ("party", "read"),
    [
        # a member named after his word: the armed group's member
        ("terrorist Hamid Khalaf al-Jubouri", "terrorists"),
        ("the militant Omar Daud", "militants"),
        ("insurgent Juma Said", "insurgents"),
        # a relative named: a civilian
        ("his brother Karim", "civilians"),
        # a name alone says nothing, nor does a rank before it (read by the rank elsewhere)
        ("Hamid Khalaf", None),
        ("the wali Abu Yasser", None),
    ],
)
def test_casualties_party_by_head_word_before_a_name(party: str, read: str | None) -> None:
    assert party_by_head(party) == read


def test_casualties_party_by_head_named_member_killed_in_a_raid(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "Soldiers raided a hideout near Dori on Tuesday, killing the "
                                 "terrorist Issa Diallo, the army said.")
    assert {c.party for c in event.casualties if c.kind == "killed"} == {
        "Unidentified Armed Group (Burkina Faso)"}, event.casualties
