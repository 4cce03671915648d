"""A kind of killing told as grown or grown rarer ("murders of police officers in the state
have risen sharply this year") tells how often such things happen and counts no one; a
measure that "has hurt the local economy" hurts no person. The killings of a day told with
the same nouns still count."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize("text", [
    "Murders of police officers in the state have risen sharply this year.",
    "Killings of social leaders have doubled since the peace deal was signed.",
    "Kidnappings of traders on the northern roads have fallen since the army set up posts.",
    "Murders of women in the capital have grown more frequent, a rights group said.",
    "Deaths of migrants crossing the desert have soared, aid groups say.",
])
def test_casualties_a_trend_of_killings_counts_no_one(text: str) -> None:
    assert find_casualty_mentions(text) == []


@pytest.mark.parametrize(("text", "kind", "count"), [
    ("The murders of three police officers in the state have shocked residents.", "killed", 3),
    ("Killings of four farmers near the border have been condemned by the governor.",
     "killed", 4),
    ("The killings of two journalists in the capital have been condemned by the union.",
     "killed", 2),
])
def test_casualties_counted_killings_before_have_still_count(text: str, kind: str,
                                                             count: int) -> None:
    assert [(m.kind, m.count) for m in find_casualty_mentions(text)] == [(kind, count)]


@pytest.mark.parametrize("text", [
    "The curfew, which traders say has hurt the local economy, was extended on Monday.",
    "Officials said the closure of the border had hurt trade and tourism in the province.",
    "The fighting has harmed the prospects of a deal, diplomats said.",
    "A ban on motorcycles at night has hurt livelihoods in the district.",
])
def test_casualties_things_hurt_are_no_one_wounded(text: str) -> None:
    assert [m for m in find_casualty_mentions(text) if m.kind == "wounded"] == []


@pytest.mark.parametrize(("text", "count"), [
    ("The blast hurt five traders at the local market on Monday.", 5),
    ("Shelling injured two farmers in the district, officials said.", 2),
])
def test_casualties_people_hurt_are_still_wounded(text: str, count: int) -> None:
    assert [(m.kind, m.count) for m in find_casualty_mentions(text)] == [("wounded", count)]
