"""An ASCII text is searched with the ASCII twins of the trigger patterns and of the
capitalised-run patterns: the same matches at the same offsets as the Unicode patterns, and
the Unicode patterns kept for any other text."""

from __future__ import annotations

import re

import pytest

from eventcoder.events import gated_matches, lexicon_for, load_triggers, lower_ascii
from eventcoder.patterns import ascii_twin
from eventcoder.places import _RUN, _runs

_ASCII_TEXTS = [
    "Militants fired mortar shells at an army post near Varuna; two air strikes hit the hills.",
    "An airstrike and an air raid struck the depot in Port-au-Sel. Aircraft bombed a bridge.",
    "On 14 March 2031, police in Deir el-Kamar arrested three men and detained a fourth.",
    "A suicide bomber blew himself up at a checkpoint in al-Marwa; an IED exploded nearby.",
    "Protesters marched on the ministry in Santa Clara de Vale, then clashed with troops.",
    "Gunmen abducted a priest from Tall 'Arfa and shot dead a guard (UNIT-7) at the gate.",
    "eThekwini and iLembe: shelling_and artillery fire were reported; a drone was downed.",
    "the theatre, their thermos, at an attic: words that only start like a trigger.",
]


@pytest.mark.parametrize("pattern", [
    re.compile(r"\b[^\W\d_]+\b"),
    re.compile(r"(?:\bal[ \t-])?[^\W\d_a-z]\w*(?:['\u2019]\w+)*"),
    re.compile(r"\W(?=fir|sho|arr)"),
    re.compile(r"\b(?:police|troops?)\b", re.IGNORECASE),
    re.compile(r"\d+(?:\.\d+)?"),
])
def test_a_twin_finds_what_its_pattern_finds_on_ascii_text(pattern: re.Pattern[str]) -> None:
    twin = ascii_twin(pattern)
    assert twin.flags & re.ASCII and twin.pattern == pattern.pattern
    found = 0
    for text in _ASCII_TEXTS:
        ours = [m.span() for m in twin.finditer(text)]
        assert ours == [m.span() for m in pattern.finditer(text)], text
        found += len(ours)
    assert found


@pytest.mark.parametrize(("source", "flags"), [
    (r"killed\s+(?:\d+)", 0),
    (r"\S+ said", 0),
    (r"[\s,]+", 0),
    ("kal\u0131n", re.IGNORECASE),  # a dotless i folds to "I" under Unicode rules
    (r"kal\u0131n", re.IGNORECASE),
    (r"\x4bilo", re.IGNORECASE),
])
def test_a_pattern_that_might_match_otherwise_has_no_twin(source: str, flags: int) -> None:
    with pytest.raises(ValueError):
        ascii_twin(re.compile(source, flags))


def test_the_unicode_blank_is_why_a_blank_class_has_no_twin() -> None:
    # A file separator is a blank to a Unicode "\s", not to an ASCII one.
    text = "two\x1cdead"
    assert re.search(r"two\sdead", text)
    assert not re.search(r"two\sdead", text, re.ASCII)


@pytest.mark.parametrize("text", _ASCII_TEXTS)
def test_the_ascii_trigger_lexicon_finds_the_same_triggers(text: str) -> None:
    folded = lower_ascii(text)
    unicode_lexicon, twins = load_triggers(), lexicon_for(folded)
    assert twins is not unicode_lexicon and twins is load_triggers(True)
    assert twins.both_heads is not None and twins.both_heads.breaks is not None
    assert twins.both_heads.breaks.flags & re.ASCII
    for name in ("both", "patterns"):
        by_start = "both_by_start" if name == "both" else "by_start"
        heads = "both_heads" if name == "both" else "heads"
        ours = gated_matches(getattr(twins, name), getattr(twins, by_start), folded, 0,
                             len(folded), getattr(twins, heads))
        theirs = gated_matches(getattr(unicode_lexicon, name),
                               getattr(unicode_lexicon, by_start), folded, 0, len(folded),
                               getattr(unicode_lexicon, heads))
        assert [(gp.event_type, gp.sub_event_type, s, e) for gp, s, e in ours] == \
            [(gp.event_type, gp.sub_event_type, s, e) for gp, s, e in theirs]
        assert ours or "theatre" in text


@pytest.mark.parametrize("text", [
    "Militants fired on a post near Pérez; two air strikes hit the hills.",
    "Troops shelled Çamlıca and Źródła overnight \u2014 four people were killed.",
])
def test_a_text_outside_ascii_keeps_the_unicode_patterns(text: str) -> None:
    assert lexicon_for(lower_ascii(text)) is load_triggers()
    assert [m.span() for m in _runs(text)] == [m.span() for m in _RUN.finditer(text)]
    assert any(not m.group().isascii() for m in _runs(text))


@pytest.mark.parametrize("text", _ASCII_TEXTS)
def test_capitalised_runs_of_an_ascii_text_are_the_unicode_patterns_runs(text: str) -> None:
    ours = [m.span() for m in _runs(text)]
    assert ours == [m.span() for m in _RUN.finditer(text)]
    assert all(m.re.flags & re.ASCII for m in _runs(text))
