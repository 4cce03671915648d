"""A token's key read letter by letter gives what the substitutions of ``_DIGRAPHS`` and
``_DOUBLE`` give: pairs before single letters, "w" only before a consonant or at the end,
doubled letters single, whatever letters and marks the word holds."""

from __future__ import annotations

import itertools
import random

import pytest

from eventcoder.gazetteer import (
    _DIGRAPHS,
    _DOUBLE,
    _digraph,
    _first_group,
    _merged_letters,
    name_key,
    token_key,
)


def _by_substitution(word: str) -> str:
    """The two substitutions as the regular expressions make them."""
    return _DOUBLE.sub(_first_group, _DIGRAPHS.sub(_digraph, word))


@pytest.mark.parametrize(
    ("word", "merged"),
    [
        ("boukoulou", "bukulu"),  # "ou" each time, never "o" then "u"
        ("teekay", "tiki"),  # "ee" and "ay" as pairs
        ("aee", "ai"),  # "ee" after "a": no "ai" made of the result
        ("eou", "iu"),
        ("oee", "ui"),
        ("kharwsk", "karusk"),  # "w" before a consonant
        ("wadiw", "wadiu"),  # and at the end, not before a vowel
        ("awaw", "u"),  # "aw" a pair wherever it stands, and the two "u" one
        ("wewa", "wiwa"),  # "w" before a vowel stays
        ("qasr", "kasr"),
        ("mackhall", "makhal"),  # "ck" first: its "k" makes no "kh" with the "h" after it
        ("makkhal", "makal"),  # "k" and "kh": one "k" after another is one
        ("ghadhdha", "gada"),
        ("yyyy", "i"),
        ("ŭlgöy", "ŭlgöi"),  # letters outside the map are kept
        ("a'o-e", "a'u-i"),
        ("", ""),
        ("o", "u"),
    ],
)
def test_letters_merged_as_the_substitutions_merge_them(word: str, merged: str) -> None:
    assert _merged_letters(word) == merged
    assert _by_substitution(word) == merged


def test_every_short_word_of_the_mapped_letters_agrees() -> None:
    letters = "aeiouwyqckghdbt"
    for size in range(1, 5):
        for letters_of_word in itertools.product(letters, repeat=size):
            word = "".join(letters_of_word)
            assert _merged_letters(word) == _by_substitution(word), word


@pytest.mark.parametrize("seed", [3, 17, 2024])
def test_random_words_agree(seed: int) -> None:
    rnd = random.Random(seed)
    alphabet = "aeiouwyqckhgdxzlmnrstpfjv-' \u00e9\u00fc\u0131"
    for _ in range(3000):
        word = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert _merged_letters(word) == _by_substitution(word), word


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Dayr az-Zawr", "Deir ez-Zor"),
        ("Raqqah", "Raqa"),
        ("Hasakeh", "Hasakah"),
        ("Kowloon", "Kawlun"),
    ],
)
def test_spellings_share_their_key(first: str, second: str) -> None:
    assert name_key(first) == name_key(second)


def test_a_word_of_vowels_keeps_its_spelling() -> None:
    assert token_key("yei") == "yei"
    assert token_key("ouo") == "ouo"
