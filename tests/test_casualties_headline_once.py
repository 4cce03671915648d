"""Whether a count lies in a headline is told from the first line found once per text, not
by a search of the whole text for its first line break at each count."""

from __future__ import annotations

from eventcoder.casualties import combine_casualties, headline_end
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline


class _CountedText(str):
    """A text that counts the searches for a line break made in it."""

    searches = 0

    def find(self, *args: object) -> int:  # type: ignore[override]
        if args[:1] == ("\n",):
            type(self).searches += 1
        return super().find(*args)  # type: ignore[arg-type]


def test_headline_end() -> None:
    assert headline_end("Six herders shot near Velmora\n\nGunmen shot six herders.") == 29
    assert headline_end("Gunmen shot six herders.\n\nPolice came.") == 0
    assert headline_end("No line break in this text at all") == 0
    assert headline_end("\nGunmen shot six herders.") == 0


def test_the_first_line_is_found_once_for_all_counts() -> None:
    text = " ".join(f"Raiders shot dead {n + 2} herders near Velmora on day {n}."
                    for n in range(30))
    stages = ("document", "places", "actors", "dates", "quantities")
    doc = RulePipeline(stages=[f"eventcoder.{name}.v1" for name in stages]).analyse(
        document_from_text(text, doc_id="counts"))
    assert len(doc.casualties) >= 20
    expected = combine_casualties(doc.casualties, sentences=doc.sentences, text=doc.text)
    counted = _CountedText(doc.text)
    _CountedText.searches = 0
    assert combine_casualties(doc.casualties, sentences=doc.sentences,
                              text=counted) == expected
    assert _CountedText.searches <= 1
