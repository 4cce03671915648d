"""The events stage copies each combined count with its party named through a copy made
for :class:`Casualty` (``records.replacer``): the copy ``dataclasses.replace`` makes, field
for field, the original left as it was."""

from __future__ import annotations

import dataclasses

from eventcoder import events
from eventcoder.records import Casualty, Evidence


def _count() -> Casualty:
    return Casualty(kind="wounded", party="herders", count=4, low=3, high=5,
                    qualifier="about", evidence=[Evidence("d1", 10, 30, "four herders")],
                    perpetrator=False, coded=True, shared_by=2)


def test_the_copy_is_the_one_replace_makes() -> None:
    original = _count()
    copied = events._replace_casualty(original, party="Pastoralists (Velmora)")
    expected = dataclasses.replace(_count(), party="Pastoralists (Velmora)")
    assert copied == expected
    assert type(copied) is Casualty
    assert copied.evidence is original.evidence  # the list is shared, as replace shares it
    assert original.party == "herders"


def test_a_fresh_evidence_list_is_its_own() -> None:
    original = _count()
    copied = events._replace_casualty(original, evidence=list(original.evidence))
    copied.evidence.append(Evidence("d1", 40, 45, "three"))
    assert len(original.evidence) == 1 and len(copied.evidence) == 2
    assert dataclasses.astuple(events._replace_casualty(original)) == dataclasses.astuple(
        original)
