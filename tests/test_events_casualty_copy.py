"""The copy of a casualty count the events stage makes when it names the count's party.

Compiled, a :class:`Casualty` is a native class without slots, so ``replacer`` hands back
the generic ``dataclasses.replace`` (interpreted, each field looked up by name); the events
stage then copies through ``_copy_casualty``, which spells every field out. It must be
the copy ``dataclasses.replace`` makes, for every field, or a field added later is lost.
"""

from __future__ import annotations

import dataclasses

import pytest

from eventcoder.events import _copy_casualty, _replace_casualty
from eventcoder.records import Casualty, CasualtyKind, Evidence, Qualifier


def _count(kind: CasualtyKind, party: str | None, count: int | None, qualifier: Qualifier,
           perpetrator: bool, coded: bool, shared_by: int | None) -> Casualty:
    evidence = [Evidence("d1", 14, 26, "killed three")]
    return Casualty(kind, party, count, None if count is None else count - 1,
                    None if count is None else count + 2, qualifier, evidence, perpetrator,
                    coded, shared_by)


COUNTS = [
    _count("killed", "Civilians (Chad)", 3, "exact", False, False, None),
    _count("wounded", None, 12, "at_least", True, True, 2),
    _count("detained", "Police Forces of Peru (2015-)", None, "unknown", False, True, 3),
    _count("abducted", "Fishermen", 40, "approximately", True, False, None),
]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("party", ["Military Forces of Mali (2021-)", None, "Students"])
def test_a_copy_with_a_party_is_what_replace_makes(count: Casualty, party: str | None) -> None:
    copied = _copy_casualty(count, party=party)
    replaced = dataclasses.replace(count, party=party)
    assert copied is not count
    assert copied == replaced
    for f in dataclasses.fields(Casualty):
        assert getattr(copied, f.name) is getattr(replaced, f.name), f.name
    assert count.party != party or copied == count


@pytest.mark.parametrize("count", COUNTS)
def test_a_copy_with_its_evidence_list_keeps_the_rest(count: Casualty) -> None:
    evidence = list(count.evidence)
    copied = _copy_casualty(count, evidence=evidence)
    assert copied.evidence is evidence and count.evidence is not evidence
    assert copied == dataclasses.replace(count, evidence=evidence)


@pytest.mark.parametrize("count", COUNTS)
def test_the_stage_copy_matches_replace_in_either_build(count: Casualty) -> None:
    assert _replace_casualty(count, party="Rioters (Kenya)") == dataclasses.replace(
        count, party="Rioters (Kenya)")


def test_every_field_is_spelled_out() -> None:
    # a count whose every field differs from its default: one field left out of the copy
    # would come back as its default
    count = _count("wounded", "Protesters (Bolivia)", 7, "at_least", True, True, 4)
    defaults = Casualty("killed", None, None)
    copied = _copy_casualty(count)
    for f in dataclasses.fields(Casualty):
        assert getattr(count, f.name) != getattr(defaults, f.name), f.name
        assert getattr(copied, f.name) == getattr(count, f.name), f.name
