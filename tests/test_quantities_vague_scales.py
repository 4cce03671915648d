"""A vague word before a scale ("several hundred", "a few dozen") is a vague number of that
scale, coded as ACLED codes "hundreds of" or "dozens of", not as the vague word alone."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions, parse_number
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "low", "words"), [
    ("several dozen", 12, 2),
    ("a few dozen", 12, 3),
    ("several hundred", 100, 2),
    ("a few hundred of", 100, 4),
    ("some hundreds of", 100, 3),
    ("several thousand", 1000, 2),
    ("many dozens of", 12, 3),
    # a vague word alone, and vague words that already name their scale, keep their figure
    ("several", 3, 1),
    ("a few", 3, 2),
    ("dozens of", 12, 2),
    ("tens of thousands", 10000, 3),
    ("hundreds of thousands of", 100000, 4),
])
def test_quantities_vague_word_before_a_scale(text: str, low: int, words: int) -> None:
    number = parse_number(text)
    assert number is not None
    assert (number.value, number.low, number.qualifier, number.vague) == (
        None, low, "unknown", True)
    assert number.end == words


@pytest.mark.parametrize(("text", "kind", "low"), [
    ("Several dozen people were killed when raiders stormed the hamlet at dawn.", "killed", 12),
    ("The rebels killed several hundred herders near the dam.", "killed", 100),
    ("A few dozen guards were wounded when the depot was shelled.", "wounded", 12),
    ("Police detained a few hundred marchers outside the court.", "detained", 100),
])
def test_quantities_vague_scale_counts_its_victims(text: str, kind: str, low: int) -> None:
    found = [m for m in find_casualty_mentions(text) if m.kind == kind]
    assert [(m.count, m.low, m.qualifier) for m in found] == [(None, low, "unknown")]


def test_quantities_vague_scale_gives_the_event_its_fatalities() -> None:
    text = ("Raiders stormed a hamlet near the river on Tuesday, killing several dozen "
            "farmers, residents said.")
    events = [r for r in extract(text, published="2022-09-10") if isinstance(r, Event)]
    assert [e.fatalities for e in events] == [12]


@pytest.mark.parametrize(("text", "kind", "low"), [
    ("Two guards were killed and dozens wounded when the depot was shelled.", "wounded", 12),
    ("Two guards were killed and dozens were wounded at the depot.", "wounded", 12),
    ("Hundreds were detained after the march on the palace.", "detained", 100),
    ("The shelling of the depot killed scores.", "killed", 20),
    ("Two guards were killed and several dozen wounded at the depot.", "wounded", 12),
])
def test_quantities_vague_number_of_a_scale_alone_counts_people(
    text: str, kind: str, low: int
) -> None:
    found = [m for m in find_casualty_mentions(text) if m.kind == kind]
    assert [(m.count, m.low) for m in found] == [(None, low)]


@pytest.mark.parametrize(("text", "kind", "low"), [
    ("Two guards were killed and several wounded at the depot.", "wounded", 3),
    ("A few were killed when the depot was shelled.", "killed", 3),
    ("Many were abducted on the road to the depot.", "abducted", 10),
])
def test_quantities_vague_amount_alone_counts_people(text: str, kind: str, low: int) -> None:
    found = [m for m in find_casualty_mentions(text) if m.kind == kind]
    assert [(m.count, m.low) for m in found] == [(None, low)]


@pytest.mark.parametrize("text", [
    "Few were hurt when the depot was shelled.",
    "Some were wounded at the depot, others fled.",
])
def test_quantities_few_or_some_alone_stays_too_weak(text: str) -> None:
    assert [m for m in find_casualty_mentions(text) if m.qualifier == "unknown"] == []
