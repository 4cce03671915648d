"""The tallies stage finds a sentence's casualties from an index, not a pass over all of them.

A pass over every casualty of a document for each of its sentences costs the square of the
document's length; on a long report that is most of the stage's time.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc, replace_doc
from eventcoder.pipeline import RulePipeline
from eventcoder.tallies import _with_former_figures, _with_remainders

_TOWNS = ("Velmora", "Castrun", "Odelby", "Permaine", "Tollisk", "Quarvey")


class _CountedTuple(tuple):  # type: ignore[type-arg]
    """A tuple that counts the passes made over it."""

    passes = 0

    def __iter__(self) -> Iterator[object]:
        type(self).passes += 1
        return super().__iter__()


def _long_report(sentences: int) -> Doc:
    lines = [
        f"Raiders shot dead {3 + n % 7} herders near {_TOWNS[n % len(_TOWNS)]} on Sunday."
        for n in range(sentences)
    ]
    stages = ("document", "places", "actors", "dates", "quantities")
    pipeline = RulePipeline(stages=[f"eventcoder.{name}.v1" for name in stages])
    return pipeline.analyse(document_from_text(" ".join(lines), doc_id="long"))


def test_casualties_of_each_sentence_are_looked_up() -> None:
    doc = _long_report(60)
    assert len(doc.sentences) >= 60 and len(doc.casualties) >= 40
    counted = _CountedTuple(doc.casualties)
    doc = replace_doc(doc, casualties=counted)
    _CountedTuple.passes = 0
    assert _with_remainders(doc, [], ()) == ()
    assert _with_former_figures(doc, [], ()) == ()
    # one pass to index them and one over them all, whatever the number of sentences
    assert _CountedTuple.passes <= 4
