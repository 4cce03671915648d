"""The looks that let a text skip a places pattern stay in step with the pattern.

A reading tried at every name (a natural feature's, a linked name's parts) or a pattern
searched over the whole text (the abbreviation slots) is first looked up by what each of
its matches holds: a word, a pair of capitals, a hyphen. Each way the pattern matches must
hold what is looked for.
"""

from __future__ import annotations

import pytest

from eventcoder import places


@pytest.mark.parametrize(
    "name",
    ["Wadi Sarfan", "the Korva Valley", "Jebel Harun", "Mount Ossa", "Lake Tiren",
     "the Dravi river", "Mt Ossa", "the Sela Hills", "the Tamra plains"],
)
def test_a_feature_name_holds_a_feature_word(name: str) -> None:
    # a text with none of the words names no feature: its reading is skipped whole
    assert places._FEATURE_NAME.search(name.removeprefix("the ")) is not None
    assert places.may_hold(name, places._FEATURE_WORD_LIST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed two farmers in Velmora.", False),
        ("Troops shelled positions near the Korva VALLEY.", True),
        ("Protesters gathered in Zürich.", True),  # not ASCII: always may
    ],
)
def test_may_hold(text: str, expected: bool) -> None:
    assert places.may_hold(text, places._FEATURE_WORD_LIST) is expected


@pytest.mark.parametrize(
    "text",
    ["Clashes in KP on Monday.", "Troops deployed across the DRC, officials said.",
     "TTP's Swat commander was killed.", "Rioting in R&B. Police came.",
     "Two soldiers died in NWFP near the border."],
)
def test_an_abbreviation_slot_holds_two_capitals(text: str) -> None:
    assert places._ABBREVIATION_SLOT.search(text) is not None
    assert places._CAPITALS_PAIR.search(text) is not None


def test_no_capitals_pair_no_abbreviation_slot() -> None:
    text = "Gunmen killed two farmers in Velmora on Monday, police said."
    assert places._CAPITALS_PAIR.search(text) is None
    assert places._ABBREVIATION_SLOT.search(text) is None


@pytest.mark.parametrize(
    ("before", "linked"),
    [
        ("Mbeno-et-", True),
        ("Mbeno-sur-", True),
        # "$" also matches before a line break that ends the stretch searched
        ("Mbeno-et-\n", True),
        ("Mbeno et ", False),
        ("Mbeno-et", False),
    ],
)
def test_a_linking_word_before_ends_in_a_hyphen(before: str, linked: bool) -> None:
    found = places._LINKED_BEFORE.search(before, 0, len(before)) is not None
    assert found is linked
    if found:
        assert before.endswith(("-", "-\n"))
