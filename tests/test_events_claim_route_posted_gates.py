"""Looks for words before three patterns of the events stage, kept in step with them.

A group's claim after its name (``_CLAIM``), a road named after a place (``_ROUTE_AFTER``)
and forces posted somewhere (``_POSTED_WORDS``) are tried only where a word that each of
their matches holds is there; each way a pattern matches must still be found.
"""

from __future__ import annotations

import pytest

from eventcoder import events
from eventcoder.events import _may_hold, _window_may_hold

_CLAIMS = [
    ", which has fought the army since 2011, claimed responsibility for the raid.",
    " said in a statement on its channels that it carried out the ambush.",
    " told local reporters that its fighters had stormed the post.",
    " claimed the bombing hours later.",
    " claimed it.",
    " said in a claim posted online that it was behind the raid.",
    " claimed in a statement that its men had shot the guard.",
    " took responsibility for the blast.",
    " ACKNOWLEDGED RESPONSIBILITY for the raid.",
    " are the suspected attackers.",
    " was the likely culprit.",
    " were the probable authors of the raid.",
    " was the presumed perpetrator.",
    " was the alleged assailant.",
    " claiming responsibility for the raid.",
    " admitted the responsibility for the ambush.",
    " were thought responsible.",
    " was blamed for the raid.",
    " were held responsible.",
    " was behind the raid.",
    " were involved in the raid on the depot.",
    " is believed to be responsible.",
    " were suspected to have been involved.",
]


@pytest.mark.parametrize("after", _CLAIMS)
def test_a_claim_holds_one_of_its_words(after: str) -> None:
    assert events._CLAIM.match(after) is not None
    assert _window_may_hold(after, events._CLAIM_WORDS)


def test_no_claim_word_no_claim() -> None:
    after = " fighters ambushed a convoy near the river on Monday."
    assert events._CLAIM.match(after) is None
    assert not _window_may_hold(after, events._CLAIM_WORDS)


_ROUTES = [
    ("Gunmen blocked the Velmora-Ostrava motorway at dawn.", "Velmora"),
    ("A bomb hit a bus on the Velmora road.", "Velmora"),
    ("Troops cleared the Velmora National Highway on Monday.", "Velmora"),
    ("Rebels blew up the Velmora Express near the border.", "Velmora"),
    ("Protesters blocked the Velmora bypass.", "Velmora"),
    ("Protesters blocked the Velmora by-pass.", "Velmora"),
    ("The Velmora tunnel was shelled.", "Velmora"),
    ("Sappers mined the Velmora Bridge.", "Velmora"),
    ("Saboteurs hit the Velmora pipeline.", "Velmora"),
    ("Fighting went on along the Velmora corridor.", "Velmora"),
    ("Forces advanced on the Velmora axis.", "Velmora"),
    ("Marchers filled Velmora Street.", "Velmora"),
    ("Marchers filled Velmora Avenue.", "Velmora"),
    ("The Velmora freeway was closed.", "Velmora"),
    ("Militants attacked the Velmora railway line.", "Velmora"),
    ("The Velmora ROUTE was cut.", "Velmora"),
]


@pytest.mark.parametrize(("text", "name"), _ROUTES)
def test_a_route_after_a_place_holds_one_of_its_words(text: str, name: str) -> None:
    end = text.index(name) + len(name)
    assert events._ROUTE_AFTER.match(text, end) is not None
    assert _may_hold(text, events._ROUTE_WORDS)


def test_no_route_word_no_route() -> None:
    text = "Gunmen killed two farmers in Velmora on Monday."
    assert not _may_hold(text, events._ROUTE_WORDS)
    assert events._ROUTE_AFTER.match(text, text.index("Velmora") + 7) is None


@pytest.mark.parametrize(
    ("sentence", "posted"),
    [
        ("rebels located in velmora fired shells at ostrava.", True),
        ("troops stationed at velmora shelled ostrava.", True),
        ("guns positioned near velmora hit ostrava.", True),
        ("units deployed at velmora shelled ostrava.", True),
        ("fighters entrenched in velmora shelled ostrava.", True),
        ("a militia based in velmora raided ostrava.", True),
        ("rebels relocated velmora's market to ostrava.", False),  # not at a word start
        ("rebels shelled velmora and ostrava.", False),
    ],
)
def test_posted_words_same_as_the_pattern(sentence: str, posted: bool) -> None:
    folded = "x. " + sentence + " y."
    start, end = 3, 3 + len(sentence)
    assert events._posted_in(folded, start, end) is posted
    assert (events._POSTED_WORDS.search(folded, start, end) is not None) is posted


@pytest.mark.parametrize(
    "window",
    ["strikes against ", "a raid targeting", "jets targeted  ", "fire ON ", "shots at\n",
     "a base housing ", "a camp Hosting ", "clashed with ", "fire upon ", "a 2on ", "x_at ",
     "the Sudan ", "at the ", "attack on.", "", "   ", "ho\u017fting ", "caf\u00e9 on "],
)
def test_last_word_read_from_the_end_same_as_the_pattern(window: str) -> None:
    text = "Velmora, " + window
    lo, hi = max(0, len(text) - 16), len(text)
    assert events._last_word_of(text, lo, hi, events._STRUCK_AT_WORDS, events._STRUCK_AT) \
        is (events._STRUCK_AT.search(text, lo, hi) is not None)
    assert events._last_word_of(window, 0, len(window), events._AGAINST_WORDS,
                                events._AGAINST) is (events._AGAINST.search(window) is not None)


def test_last_word_sees_the_text_before_the_window() -> None:
    # searched from a position, the pattern's word start looks at the character before it
    text = "a coupon raid"
    assert events._STRUCK_AT.search(text, 4, 7) is None
    assert not events._last_word_of(text, 4, 7, events._STRUCK_AT_WORDS, events._STRUCK_AT)
    assert events._last_word_of("on ", 0, 3, events._STRUCK_AT_WORDS, events._STRUCK_AT)


@pytest.mark.parametrize(
    "window",
    ["fighting in ", "shelling near the ", "raids in the\n", "a plain ", "within ", "2in ",
     "velmora, ", "velmora, the ", "velmora,the ", "velmora and ", "a band ", "in the the ",
     "throughout ", "in", "", "   ", "x in\t", "and the ", "the ", "caf\u00e9 and ",
     "\u00e9lan, "],
)
def test_place_cue_read_from_the_end_same_as_the_pattern(window: str) -> None:
    text = "troops said " + window + "ostrava"
    hi = len(text) - len("ostrava")
    for lo in (max(0, hi - 12), hi - 3 if hi >= 3 else 0, 0):
        found = events._AT_PLACE.search(text, lo, hi)
        expected = 0 if found is None else 1 if found.group("more") is None else 2
        assert events._place_cue(text, lo, hi) == expected
