"""A figure told between commas after a share of a count ("More than half of the detainees,
39, were seized in Syria") takes the fate of its verb; people seized are held, people who
perished are dead, and no verb of unknown fate counts as killed. The sentence cue and the
pattern of a figure a count replaces read one source of words."""

from __future__ import annotations

import re

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally
from eventcoder.tallies import (
    _APPOSED_VERB,
    _FIGURE_REPLACED,
    _NOT_AS_TOLD,
    _REPLACED_BEFORE,
    _apposed_fate,
    lexicon,
)


def _told(text: str) -> list[tuple[str, int]]:
    found = RulePipeline()(document_from_text(text, doc_id="t", published="2024-04-04"))
    return sorted((t.metric, t.value) for t in found if isinstance(t, Tally))


def test_tallies_every_apposed_verb_has_its_fate() -> None:
    verbs = re.search(r"\(\?P<verb>([^)]*)\)", _APPOSED_VERB.pattern)
    assert verbs is not None
    fates = {verb: _apposed_fate(lexicon(), verb) for verb in verbs.group(1).split("|")}
    assert fates == {"killed": "killed", "wounded": "wounded", "injured": "wounded",
                     "arrested": "detained", "detained": "detained", "captured": "detained",
                     "seized": "detained", "died": "killed", "perished": "killed"}


def test_tallies_a_verb_of_no_known_fate_is_no_killing() -> None:
    assert _apposed_fate(lexicon(), "freed") is None


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Patrols arrested 64 suspects across the valley in March, the brigade said. More "
         "than half of the detainees, 30, were seized.", [("detained", 30), ("detained", 64)]),
        ("Floodwaters and gunfire killed 52 herders in the hills in March, the governor said. "
         "Most of the dead, 35, perished in Kelmor.", [("killed", 35), ("killed", 52)]),
    ],
)
def test_tallies_an_apposed_share_takes_its_verbs_fate(
        text: str, told: list[tuple[str, int]]) -> None:
    assert _told(text) == told


@pytest.mark.parametrize(
    "text",
    [
        "the army said 23, not 14 as first reported, were killed",
        "said 23, not the 14 as it had said, were held",
        "officials gave 1,204, not 1,100 as it announced, as the toll",
    ],
)
def test_tallies_a_figure_told_between_commas_is_a_figure_replaced(text: str) -> None:
    at = text.index(", not")
    assert _NOT_AS_TOLD.match(text, at) is not None
    assert _FIGURE_REPLACED.search(text) is not None


@pytest.mark.parametrize(
    ("text", "before"),
    [("arrested 31 suspects, up from 26 given on Friday", "arrested 31 suspects, up from "),
     ("a toll of 40, down from the 45", "a toll of 40, down from the ")],
)
def test_tallies_up_or_down_from_is_read_before_and_in_the_sentence(text: str,
                                                                   before: str) -> None:
    assert _REPLACED_BEFORE.search(before) is not None
    assert _FIGURE_REPLACED.search(text) is not None
