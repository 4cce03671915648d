"""Looks for words before the patterns added for claims told in other forms, clauses on who
a group is, attempted killings, states of things, earlier attacks, people described and
groups told again, kept in step with them: each way a pattern matches must hold one of the
words it is gated on."""

from __future__ import annotations

import re

import pytest

from eventcoder import events, quantities
from eventcoder.events import _may_hold, _window_may_hold


@pytest.mark.parametrize("after", [
    " says it attacked an army convoy near Beni.",
    " has claimed an ambush on a convoy.",
    ", a Sunni militant group that says it fights for the rights of the Baluch, claimed "
    "responsibility for the attack.",
])
def test_claims_in_other_forms_hold_a_claim_word(after: str) -> None:
    assert events._CLAIM.match(after) is not None
    assert _window_may_hold(after, events._CLAIM_WORDS)


@pytest.mark.parametrize("after", [
    ", which has waged an insurgency since 2009, said",
    ", a Sunni militant group that says it fights for the rights of the Baluch, claimed",
    ", the separatist movement which has fought for decades, said",
])
def test_clauses_on_who_a_group_is_hold_their_words(after: str) -> None:
    found = events._GROUP_HISTORY.match(after)
    assert found is not None
    assert _may_hold(found.group().lower(), events._GROUP_HISTORY_WORDS)


@pytest.mark.parametrize("text", [
    "on three charges of murder and two of attempted murder",
    "in an attempted assassination of the governor",
    "a failed assassination of the mayor",
    "a foiled killing of two officers",
    "a thwarted kidnapping",
    "a botched murder",
])
def test_attempted_killings_hold_their_words(text: str) -> None:
    matches = [m.group() for pattern in (quantities._ATTEMPTED, re.compile(
        quantities._ATTEMPTED_BEFORE.pattern.rstrip("$"), re.IGNORECASE))
        for m in pattern.finditer(text)]
    assert matches, text
    for words in matches:
        assert any(w in words for w in quantities._ATTEMPTED_WORDS), words


@pytest.mark.parametrize("text", [
    "salamanca has been at the centre of a fight between two criminal groups",
    "the city has long been the scene of clashes between rival gangs",
    "the town had been caught up in the fighting",
    "the area has been at the heart of a war",
])
def test_states_of_things_hold_their_words(text: str) -> None:
    found = events._ONGOING_CLAUSE.search(text)
    assert found is not None
    assert _may_hold(found.group(), events._ONGOING_WORDS)


@pytest.mark.parametrize("before", [
    "salamanca has been at the centre of a ",
    "the city has long been the scene of ",
    "the town had been caught up in the ",
    "the valley has been at the heart of a bitter ",
])
def test_states_told_before_their_word_hold_their_words(before: str) -> None:
    found = events._ONGOING_BEFORE.search(before)
    assert found is not None
    assert _may_hold(found.group(), events._ONGOING_WORDS)


@pytest.mark.parametrize("after", [" several times this year", " repeatedly since 2019",
                                   " again and again", " dozens of times"])
def test_deeds_done_again_and_again_hold_their_words(after: str) -> None:
    assert events._AGAIN_AND_AGAIN_AFTER.match(after) is not None
    assert _may_hold(after, events._ONGOING_WORDS)


@pytest.mark.parametrize("after", [" was the deadliest on the security forces",
                                   " is the worst in years", " has been the bloodiest",
                                   " was also the most deadly"])
def test_comparisons_hold_their_words(after: str) -> None:
    found = events._COMPARED_BACK.match(after)
    assert found is not None
    assert _may_hold(found.group(), events._COMPARED_WORDS)


@pytest.mark.parametrize("before", ["since November, when gunmen ", "in 2019, when a bomb ",
                                    "on Friday, when militants "])
def test_earlier_attacks_after_a_date_hold_their_words(before: str) -> None:
    found = events._WHEN_AFTER_A_DATE.search(before)
    assert found is not None
    assert ", when " in found.group()


@pytest.mark.parametrize("after", [" the Pentagon described as ", " identified as ",
                                   " officials said were ", " whom police believed to be ",
                                   " described by the army as "])
def test_people_described_hold_their_words(after: str) -> None:
    found = events._DESCRIBED_AS.match(after)
    assert found is not None
    assert any(w in found.group() for w in events._DESCRIBED_WORDS), found.group()


@pytest.mark.parametrize("text", ["The group said", "the organisation warned",
                                  "The movement denied", "the faction claimed"])
def test_groups_told_again_hold_their_words(text: str) -> None:
    found = events._GROUP_RETOLD.search(text)
    assert found is not None
    assert "he " in found.group()
