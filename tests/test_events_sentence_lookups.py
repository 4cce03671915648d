"""The events stage finds a sentence's triggers and the groups before a date by bisection,
not by a pass over all of them for each sentence or date (the square of a long report's
length)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eventcoder.actors import lower_ascii
from eventcoder.events import _in_group_history, claims_told_apart, scan
from eventcoder.inputs import document_from_text
from eventcoder.mentions import ActorMention
from eventcoder.pipeline import RulePipeline


class _CountedList(list):  # type: ignore[type-arg]
    """A list that counts the passes made over it."""

    passes = 0

    def __iter__(self) -> Iterator[Any]:
        type(self).passes += 1
        return super().__iter__()


def test_triggers_of_each_claim_sentence_are_looked_up() -> None:
    lines = [f"Bandits torched {n + 2} granaries in Ostrava Vale, and the Red Heron Band "
             "claimed responsibility for the arson." for n in range(40)]
    stages = ("document", "places", "actors", "dates", "quantities", "tallies")
    pipeline = RulePipeline(stages=[f"eventcoder.{name}.v1" for name in stages])
    doc = pipeline.analyse(document_from_text(" ".join(lines), doc_id="claims"))
    assert len(doc.sentences) >= 40
    triggers = scan(doc.text, lower_ascii(doc.text))[0]
    assert len(triggers) >= 40
    expected = claims_told_apart(doc, triggers)
    counted = _CountedList(triggers)
    _CountedList.passes = 0
    assert claims_told_apart(doc, counted) == expected
    assert _CountedList.passes <= 2


def test_groups_before_a_date_are_looked_up() -> None:
    text = " ".join(f"The Grey Lantern Front, which has held the hills since 20{n:02d}, fled."
                    for n in range(40))
    starts = [at for at in range(len(text)) if text.startswith("The Grey", at)]
    groups = _CountedList(ActorMention(s + 4, s + 22, text[s + 4:s + 22], "Grey Lantern Front",
                                       "rebel_group") for s in starts)
    _CountedList.passes = 0
    dates = [text.index("20", s) for s in starts]
    assert all(_in_group_history(text, at, groups) for at in dates)
    assert not _in_group_history(text, starts[5] + 1, groups)
    assert _CountedList.passes <= 2
