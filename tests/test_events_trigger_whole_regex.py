"""A word start asks each trigger pattern's whole gated regex, compiled once, not one narrowed
to the alternatives agreeing with the word's first letters and compiled for each new word
start: the matches are those of the narrowed regex at every word start."""

from __future__ import annotations

import re

import pytest

from eventcoder.events import (
    _WORD_START,
    _split_alternatives,
    literal_starts,
    load_triggers,
    lower_ascii,
)

_TEXTS = [
    "Militants fired mortar shells at an army post near Varuna; two air strikes hit the hills.",
    "An airstrike and an air raid struck the depot. Aircraft bombed a bridge over the river.",
    "Police arrested three men and detained a fourth; rioters torched a bus and looted shops.",
    "A suicide bomber blew himself up at a checkpoint. An IED exploded under a truck.",
    "Protesters marched on the ministry, then clashed with troops who used tear gas.",
    "Gunmen abducted a priest, kidnapped two nurses and shot dead a guard at the gate.",
    "Shelling and artillery fire were reported; a drone was shot down over the plant.",
    "Armed men raided the village at dawn, set fire to huts and burned the granary.",
    "the theatre, their thermos, at an attic: words that only start like a trigger.",
]


def _narrowed(gated: re.Pattern[str], key: str) -> re.Pattern[str] | None:
    """The regex of the alternatives of ``gated`` (``(?:...)\\b``) one of whose starts
    agrees with ``key``."""
    assert gated.pattern.startswith("(?:") and gated.pattern.endswith(")\\b")
    kept = [a for a in _split_alternatives(gated.pattern[3:-3])
            if any(s.startswith(key) or key.startswith(s) for s in literal_starts(a) or ())]
    return re.compile(rf"(?:{'|'.join(kept)})\b") if kept else None


@pytest.mark.parametrize("text", _TEXTS)
def test_each_word_start_matches_as_the_narrowed_regex(text: str) -> None:
    folded = lower_ascii(text)
    lexicon = load_triggers()
    assert lexicon.both_heads is not None
    tries = lexicon.both_heads.tries
    seen = 0
    for word in _WORD_START.finditer(folded):
        at = word.start()
        for key in (folded[at:at + 3], folded[at:at + 2]):
            for _index, agree, regex in tries[key]:
                if not folded.startswith(agree, at):
                    continue
                narrowed = _narrowed(regex, key)
                assert narrowed is not None
                ours, theirs = regex.match(folded, at), narrowed.match(folded, at)
                assert (ours and ours.end()) == (theirs and theirs.end()), folded[at:at + 30]
                seen += theirs is not None
    assert seen or "theatre" in text


def test_a_word_asks_the_patterns_own_regex_not_a_narrowed_one() -> None:
    lexicon = load_triggers()
    assert lexicon.both_heads is not None
    tries = lexicon.both_heads.tries
    for key in ("air", "bom", "sho", "kil", "the"):
        for index, _agree, regex in tries[key]:
            assert regex is lexicon.both[index].gated
