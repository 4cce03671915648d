"""One lexicon of the words of a count told as changed, read by every reader of counts."""
from __future__ import annotations

import pytest

from eventcoder import casualties, events, quantities, reconcile, revisions, tallies


def test_every_reader_takes_its_words_from_the_lexicon() -> None:
    assert casualties._REVISED is revisions.COUNT_CHANGED
    assert reconcile._REVISED_COUNT is revisions.COUNT_CHANGED
    assert events._REVISION_WORDS is revisions.COUNT_CHANGED
    assert quantities._TOLL_REVISED is revisions.TOLL_CHANGED
    assert revisions.BRINGS_TO_PART in tallies._BARE_REVISED.pattern


@pytest.mark.parametrize("sentence", [
    "The provincial office said the toll had climbed to eleven by Thursday.",
    "In an updated statement the brigade gave nine dead.",
    "The number of wounded was revised down to five.",
    "Officials later lowered the count to 3.",
    "The toll jumped to 14 overnight.",
])
def test_a_count_told_as_changed(sentence: str) -> None:
    assert revisions.COUNT_CHANGED.search(sentence)


@pytest.mark.parametrize("sentence", [
    "Gunmen killed four herders near the river on Sunday.",
    # the lexicon's words inside longer words are none of them
    "The unrevised figures arrive weekly.",
    "The correctional facility was attacked at dawn.",
])
def test_a_count_not_told_as_changed(sentence: str) -> None:
    assert not revisions.COUNT_CHANGED.search(sentence)


@pytest.mark.parametrize("text", [
    "Correction: the number of militants detained in March was 14.",
    "An earlier version of this release misstated the number of strikes.",
    "This statement has been updated to reflect the number of soldiers wounded.",
    "CORRECTED - Army says 12 rebels killed in raid",
    "Editor's note: the figures for April were revised on May 3.",
    "The total for March is now 27, not 25.",
])
def test_a_release_that_corrects_itself(text: str) -> None:
    assert revisions.corrects_itself(text)


@pytest.mark.parametrize("text", [
    "The army said 12 rebels were killed in a raid on Tuesday.",
    "The correctional facility was attacked at dawn.",
    "Troops updated the villagers on the curfew.",
])
def test_a_release_that_does_not(text: str) -> None:
    assert not revisions.corrects_itself(text)
