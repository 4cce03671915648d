"""A figure told between commas after a share of a count ("More than half of the detainees,
39, were seized in Syria") takes the fate of its verb; people seized are held, people who
perished are dead, and no verb of unknown fate counts as killed."""

from __future__ import annotations

import re

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally
from eventcoder.tallies import (
    _APPOSED_VERB,
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
