"""Typos of known names and acronyms resolve without being listed anywhere."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors, resolve_actor


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("ISAIS cells", "Islamic State"),
        ("Talibn fighters", "Taliban"),
        ("Hezbolah", "Hezbollah"),
        ("Al Shabab militants", "Al Shabaab"),
        ("Iragi Security Forces", "Iraqi Security Forces"),
        ("Syrain Democratic Forces", "Syrian Democratic Forces"),
        ("Syrian Democartic Forces", "Syrian Democratic Forces"),
        ("the Houhtis", "Houthis"),
        ("Peshmergas", "Peshmerga"),
        ("Tehrik-i-Talban Pakistan", "Tehrik-i-Taliban Pakistan"),
    ],
)
def test_actors_fuzzy_typo_resolves(phrase: str, name: str) -> None:
    found = resolve_actor(phrase, country="IQ")
    assert found is not None and found.name == name, phrase
    assert found.score < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Fatal clashes erupted near Hama.",
        "Hamad and Talib were arrested.",
        "The Talbot family returned.",
        "Senator Shaheen visited Islamabad.",
        "Officials in Tabriz said so.",
        "The Hesbah police patrol.",
    ],
)
def test_actors_fuzzy_leaves_words_and_names_alone(text: str) -> None:
    named = [m.name for m in match_actors(text, country=None) if not m.generic]
    assert named == []


def test_actors_fuzzy_skips_place_spans() -> None:
    text = "Clashes in Talibn district."
    start = text.index("Talibn")
    assert match_actors(text, blocked_spans=[(start, start + 6)]) == []
    assert [m.name for m in match_actors(text)] == ["Taliban"]


@pytest.mark.parametrize(
    "text",
    [
        "A unit of Al shabab fighters raided a police post.",
        "Hundreds of Al shabab militants overran the camp.",
    ],
)
def test_actors_fuzzy_name_word_written_lower_case(text: str) -> None:
    found = [m for m in match_actors(text, country="SO") if m.name == "Al Shabaab"]
    assert found and found[0].score < 1.0
    assert text[found[0].start:found[0].end] == "Al shabab"


@pytest.mark.parametrize("text", ["Al Mahdi said so.", "Al Jazeera reported the raid."])
def test_actors_fuzzy_lower_case_word_needs_a_close_name(text: str) -> None:
    assert [m.name for m in match_actors(text, country="SO") if not m.generic] == []
