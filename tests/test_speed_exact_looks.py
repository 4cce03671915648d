"""Looks that spare a reading its walk over every token or a search per word give what the
walk or the searches give.

The quantities' readings of a sentence that start only at one word ("suicide", "hostage",
"losses", a taking verb) return at once where no token is one of them; brackets are found
by ``list.index`` and the tokens after them by bisection; the statements' gate
looks for fewer words in the text in lower case before the gates' own words, and the dates'
relative words are searched for under a word many of them hold ("day").
"""

from __future__ import annotations

import pytest

from eventcoder import dates, quantities, statements
from eventcoder.pipeline import compiled_modules
from eventcoder.quantities import _after_brackets, _indices_of, _tokenize, _unbracketed_numbers

BRACKETED = [
    "", "(", "()", "(7)", "x (7) y", "(12) raiders and (3) guards (near the (2) huts)",
    "a (b) ( 4 ) (5", "killing of (6) gunmen (4)", "((9))", "(1) (2) (3)",
]


@pytest.mark.parametrize("text", BRACKETED)
def test_brackets_found_as_the_walk_finds_them(text: str) -> None:
    for offset in range(len(text) + 1):
        for end in range(offset, len(text) + 1):
            tok = _tokenize(text, offset, end)
            raw = tok.raw
            for stop in (len(raw) - 2, len(raw), 0, -1):
                assert _indices_of(raw, "(", stop) == [
                    k for k in range(max(stop, 0)) if raw[k] == "("]
            if text.find("(", offset, end) >= 0:
                assert tok.bracketed == frozenset(
                    k for k, at in enumerate(tok.start)
                    if at > 0 and text[at - 1] == "(" and raw[k][:1].isdigit())
                assert _after_brackets(text, offset, end, raw, tok.start) == tok.bracketed


def test_unbracketed_numbers_drop_only_a_numbers_brackets() -> None:
    raw = ["(", "6", ")", "men", "(", "a", ")", "(", "7", "(", "8", ")"]
    starts = list(range(len(raw)))
    out, _, _ = _unbracketed_numbers(raw, starts, starts)
    assert out == ["6", "men", "(", "a", ")", "(", "7", "8"]


def _found(reader: str, text: str) -> list[str]:
    tok = _tokenize(text, 0, len(text))
    found: list[quantities._Found] = []
    if reader == "_losses_of_people":
        quantities._losses_of_people(tok, {}, found)
    else:
        getattr(quantities, reader)(tok, found)
    return [f.kind for f in found]


@pytest.mark.parametrize(("reader", "text", "kinds"), [
    ("_taken_away", "Bandits seized three herdsmen at the well.", ["abducted"]),
    ("_taken_away", "Bandits shot three herdsmen at the well.", []),
    ("_suicide_attackers",
     "Two suicide bombers detonated their vests at the gate of the depot.", ["killed"]),
    ("_suicide_attackers", "Two bombers detonated their vests at the gate.", []),
    ("_losses_of_people", "The enemy lost up to 40 servicemen and three tanks.",
     ["killed", "wounded"]),
    ("_losses_of_people", "Enemy losses amounted to 25 servicemen.", ["killed", "wounded"]),
    ("_losses_of_people", "The enemy left 40 servicemen and three tanks.", []),
])
def test_readings_start_at_their_words(reader: str, text: str, kinds: list[str]) -> None:
    assert _found(reader, text) == kinds


@pytest.mark.skipif("eventcoder.quantities" in compiled_modules(),
                    reason="a compiled module calls its own functions, not the patched one")
def test_hostage_reading_reads_a_phrase_only_where_its_word_is(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    def np_right(tok: quantities._Tokens, at: int, **_: object) -> None:
        asked.append(at)

    monkeypatch.setattr(quantities, "_np_right", np_right)
    assert _found("_took_hostage", "Raiders took four traders to the ford.") == []
    assert asked == []
    _found("_took_hostage", "Raiders took four traders hostage at the ford.")
    assert asked == [2]


@pytest.mark.parametrize("text", [
    "", "Police SAID nothing.", "The army Rejects it.", "the denial came late",
    "Explained the officer that the road was shut.", "Noted the mayor that ...",
    "He denies it.", "according to the council", "Rejected offers", "nothing here at all",
    "A flood hit the town; two drowned.", "Told the envoy that", "the unsaid and untold",
])
def test_report_gate_as_every_word_searched(text: str) -> None:
    assert statements._may_report(text) == (
        any(verb in text for verb in statements._REPORTING_GATE)
        or any(verb in text for verb in statements._VERB_FIRST_GATE))


def test_report_looks_cover_every_gate_word() -> None:
    for verb in (*statements._REPORTING_GATE, *statements._VERB_FIRST_GATE):
        assert any(look in verb.lower() for look in statements._REPORT_LOOKS)
    assert len(statements._REPORT_LOOKS) < len(
        {*statements._REPORTING_GATE, *statements._VERB_FIRST_GATE})


@pytest.mark.parametrize("text", [
    "", "On Monday gunmen struck", "Two days later", "the NEXT DAY", "at night", "tonight",
    "Last week", "a year ago", "Yesterday", "Sunday and Tuesday", "in the morning",
    "3 May 2020", "the previous day's raid", "recently", "48 hours",
])
def test_relative_words_as_each_key_searched(text: str) -> None:
    keys = dates._grammar().relative_keys
    assert dates._has_relative_word(text, keys) == any(key in text.lower() for key in keys)
    held = [key for _cover, group in dates._relative_looks(keys) for key in group]
    assert sorted(held) == sorted(keys)
    assert len(dates._relative_looks(keys)) < len(keys)
