"""Regular-expression pieces built from the lexicons' word lists, shared by the stages."""

from __future__ import annotations

import re
from collections.abc import Iterable


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first (so that "air strike" is tried
    before "air"), a space in a phrase matching any run of whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def first_letter_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words grouped by their first character, the longest
    first within a group: "s(?:treets|treet|ite)". It finds what the plain alternation of
    the words, longest first, finds; a search enters the one group of a word's first letter
    instead of trying every word there."""
    grouped: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        grouped.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                    for first, rests in grouped.items())
