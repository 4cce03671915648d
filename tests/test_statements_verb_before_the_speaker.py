"""A translated release puts the verb before the one who spoke: "He said the spokesman of
the cell, Major General X, that ...", "And added the statement that ...", "Confirmed the
source for the outlet that ...", "Explained the official in the ministry, who asked not to
be named, that ..." (and before a quote: 'Added the statement: "..."'). The one after the
verb spoke; "the statement" is the release of the body that issued it."""

from __future__ import annotations

import pytest

from eventcoder import extract, statements
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-11-02") if isinstance(s, Statement)]


def _told(found: list[Statement], words: str) -> Statement:
    [statement] = [s for s in found if s.quote.startswith(words)]
    return statement


def test_statements_verb_first_role_then_name() -> None:
    found = _statements(
        "The Border Guard Command announced on Friday the arrest of four smugglers near "
        "Qaim. He said the spokesman of the Border Guard Command, Brigadier Hamid Sabri, "
        "that the smugglers carried rifles and night-vision goggles.")
    told = _told(found, "the smugglers carried")
    assert (told.speaker, told.role, told.organisation, told.verb) == (
        "Hamid Sabri", "spokesman of the Border Guard Command", "Border Guard Command",
        "said")


def test_statements_verb_first_the_statement_is_the_release() -> None:
    found = _statements(
        "The Border Guard Command announced on Friday the arrest of four smugglers near "
        "Qaim. And added the statement that two trucks and a boat were seized at the river.")
    told = _told(found, "two trucks and a boat")
    assert (told.speaker, told.organisation, told.verb) == (
        "Border Guard Command", "Border Guard Command", "added")


def test_statements_verb_first_source_told_before() -> None:
    found = _statements(
        "A mortar round hit a farm near Balad on Monday. A police source told Rudaw that "
        "a shepherd was hurt. Confirmed the source for Rudaw that the shepherd was taken to "
        "the city hospital.")
    told = _told(found, "the shepherd was taken")
    assert (told.speaker, told.anonymous, told.verb) == ("police source", True, "confirmed")


def test_statements_verb_first_official_who_asked_not_to_be_named() -> None:
    found = _statements(
        "A mortar round hit a farm near Balad on Monday, the Iraqi Ministry of Health said. "
        "Explained the official in the ministry, who asked not to be named, that the shell "
        "landed beside a water pump.")
    told = _told(found, "the shell landed")
    assert (told.speaker, told.organisation, told.anonymous, told.verb) == (
        "official in the ministry", "Iraqi Ministry of Health", True, "explained")


@pytest.mark.parametrize("mark", [('"', '"'), ("\u201c", "\u201d")])
def test_statements_verb_first_before_a_quote(mark: tuple[str, str]) -> None:
    opening, closing = mark
    found = _statements(
        "A mortar round hit a farm near Balad on Monday. He said the spokesman of the Joint "
        f"Operations Command, Qasim Nouri, in a statement: {opening}Our forces are searching "
        f"the orchards around the farm.{closing}")
    told = _told(found, "Our forces are searching")
    assert (told.speaker, told.role, told.reported) == (
        "Qasim Nouri", "spokesman of the Joint Operations Command", False)


@pytest.mark.parametrize("sentence", [
    "Explained the official in the ministry that the pump was hit.",
    "He said the spokesman of the command, Qasim Nouri, that the pump was hit.",
    "And added the statement that the pump was hit.",
])
def test_statements_verb_first_gated(sentence: str) -> None:
    # the pattern runs only where the sentence opens on its verb
    assert statements._verb_first(sentence)
    assert statements._REPORTED_VERB_FIRST.match(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The official said that the pump was hit.",
    "Heavy rain explained the delay that week.",
])
def test_statements_verb_first_not_other_sentences(sentence: str) -> None:
    assert not statements._verb_first(sentence)


def test_statements_pronoun_then_verb_then_a_thing_is_the_pronoun_speaking() -> None:
    # after "He said" the words are what he said unless a role or a release follows the verb
    found = _statements("Colonel Ali Traore, the army spokesman, spoke in Gao on Monday. He "
                        "said the convoy that left at dawn reached the town.")
    assert [s.speaker for s in found] == ["Ali Traore"], found
    assert statements._REPORTED_VERB_FIRST.match(
        "He said the convoy that left at dawn reached the town.") is not None



@pytest.mark.parametrize("verb", ["Stressed", "Indicated", "Said", "Told", "Confirmed"])
def test_statements_verb_first_opening_letter_is_no_pronoun(verb: str) -> None:
    # a verb opening on H, S, I or T is no "He", "She", "It" or "They" before it: the one
    # after the verb spoke, role word or none
    sentence = f"{verb} the provincial council that the roads would reopen on Monday."
    told = statements._reported_in(sentence, 0, len(sentence))
    assert told is not None
    who, what, said = told
    assert sentence[slice(*who)] == "the provincial council"
    assert sentence[slice(*what)].startswith("the roads would reopen")
    assert said == verb.lower()


def test_statements_after_a_pronoun_the_one_after_the_verb_needs_a_role() -> None:
    sentence = "He said the attack that killed five was planned."
    told = statements._reported_in(sentence, 0, len(sentence))
    assert told is not None and sentence[slice(*told[0])] == "He"
