"""Patterns that rarely match, searched only in texts holding one of their words.

A revised count, a body "in the presence of" a force, a release's day, a town named as
"the village of X", people driven off by a fight and a gathering's intervention are told
in few reports; a text holding none of the words each match needs skips the search. The
word lists are checked against the patterns in ``test_events_pattern_words``; here each
gate lets through the texts its pattern matches and stops the others.
"""

from __future__ import annotations

import re

import pytest

from eventcoder import events
from eventcoder.events import _may_hold, _window_may_hold


@pytest.mark.parametrize(
    ("pattern", "words", "text"),
    [
        (events._REVISION_WORDS, events._REVISED_WORDS,
         "The toll was later revised upward by the district office."),
        (events._REVISION_WORDS, events._REVISED_WORDS,
         "The number of dead ROSE overnight in Velmora."),
        (events._ITS_RELEASE_ON, events._RELEASE_WORDS,
         "The brigade said in its earlier statement on "),
        (events._TOWN_OF, events._TOWN_WORDS,
         "Gunmen struck near the village of Orlamund on Sunday."),
        (events._FLED_THE_FIGHTING, events._FLED_WORDS,
         "the clash forced some 200 families to flee their homes"),
        (events._FLED_THE_FIGHTING, events._FLED_WORDS,
         "residents were displaced following heavy shelling of the ridge"),
    ],
)
def test_a_text_the_pattern_matches_passes_its_gate(pattern: re.Pattern[str],
                                                     words: tuple[str, ...], text: str) -> None:
    assert pattern.search(text) is not None
    assert _may_hold(text, words)
    assert _window_may_hold(text, words)


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (events._REVISED_WORDS, "Gunmen killed two herders near Velmora on Monday."),
        (events._RELEASE_WORDS, "Troops repelled an attack on a post near Orlamund."),
        (events._TOWN_WORDS, "Two soldiers were wounded by a roadside bomb in Kessa."),
        (events._FLED_WORDS, "The army and the rebels clashed near Orlamund; two died."),
        (("presence",), "Militants attacked a patrol of the army near Kessa."),
    ],
)
def test_a_text_without_the_words_skips_the_search(words: tuple[str, ...], text: str) -> None:
    assert not _may_hold(text, words)


def test_a_gathering_sentence_without_intervention_words_is_no_intervention() -> None:
    lowered = ("hundreds of traders marched to the governor's office. "
               "police officers later dispersed the crowd with tear gas.")
    first = lowered.index(".") + 1
    sentences = [(0, first), (first + 1, len(lowered))]
    assert events._intervened(lowered, sentences)
    assert not events._intervened(lowered, sentences[:1])
    assert not _window_may_hold(lowered[:first], events._INTERVENTION_WORDS)


def test_the_presence_of_a_force_is_read_where_the_word_is_told() -> None:
    text = "In the presence of the army, gunmen opened fire."
    assert _may_hold(text, ("presence",))
    assert events._PRESENCE_OF.search(text, 0, text.index("the army")) is not None
