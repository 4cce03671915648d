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


def covering_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """Few words of ``phrases`` such that every phrase holds one of them as a substring: a
    text that holds a phrase holds one of these, so a look for them gates a search for the
    phrases as well as a look for every phrase does, with fewer looks ("gang" for "gang
    war", "rival gangs" and "gangland"). Chosen greedily from the phrases' own runs of
    letters, one of four letters or more before a shorter one (short words are in most
    texts), the one in most phrases not yet covered first (the longer on a tie), in the
    order chosen."""
    left = sorted(set(phrases))
    candidates = sorted({w for phrase in left for w in re.findall(r"[^\W\d_]+", phrase)})
    chosen: list[str] = []
    while left:
        best = max(candidates, key=lambda w: _cover_rank(w, left), default="")
        if not best or not any(best in p for p in left):
            chosen.extend(left)  # a phrase with no run of letters is looked for itself
            break
        chosen.append(best)
        left = [p for p in left if best not in p]
    return tuple(chosen)


def _cover_rank(word: str, phrases: list[str]) -> tuple[bool, bool, int, int]:
    covered = sum(word in phrase for phrase in phrases)
    return covered > 0, len(word) >= 4, covered, len(word)


#: Escapes whose meaning differs between a Unicode and an ASCII pattern even on ASCII text
#: (a Unicode ``\s`` takes the separators ``\x1c`` to ``\x1f`` for blanks, an ASCII one does
#: not), and escapes that may name a character outside ASCII.
_TEXT_DEPENDENT_ESCAPES = re.compile(r"\\\\|\\([sSuUxN0-7])")


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled again with ``re.ASCII``, for searching ASCII texts.

    On a text of ASCII characters only the twin finds the same matches at the same offsets:
    ``\\w``, ``\\W``, ``\\d``, ``\\b`` and the letters of a case-sensitive pattern test
    those characters alike under both flags. The twin tests a character with a table
    look-up where the Unicode pattern calls into Python's Unicode tables, a few per cent of
    a short note's instructions for the patterns searched at every word. A pattern whose
    matches could differ on ASCII text is refused: one with ``\\s`` or ``\\S``, or one that
    ignores case and may name a character outside ASCII ("\u0131" folds to "I" under Unicode
    rules).
    """
    source = pattern.pattern
    escapes = {found.group(1) for found in _TEXT_DEPENDENT_ESCAPES.finditer(source)}
    if escapes & {"s", "S"} or (pattern.flags & re.IGNORECASE
                                and (escapes - {None} or not source.isascii())):
        raise ValueError(f"no ASCII twin matches as {source!r} does on ASCII text")
    return re.compile(source, (pattern.flags & ~re.UNICODE) | re.ASCII)
