"""A part told with the figure of its whole: "Four of the 38 operations were U.S.-only
strikes", "11 of the 52 were partnered", "Of the 52, 11 were U.S.-only". The part is linked to
the count of that figure told before it, and the consistency finding weighs it."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Consistency, Record, Tally
from tests.conftest import TallyValue, tally_values


def _records(text: str) -> list[Record]:
    return RulePipeline()(document_from_text(text, doc_id="r", published="2024-06-04"))


@pytest.mark.parametrize(
    ("text", "expected", "qualifier"),
    [
        ("The command said it carried out 38 operations against al-Shabaab in Somalia in "
         "May. Four of the 38 operations were U.S.-only strikes.",
         [("operations", 38, ("SO",), None), ("operations", 4, ("SO",), 38)], "US-only"),
        ("Coalition forces conducted 52 raids in Iraq during April, and 11 of the 52 were "
         "partnered.",
         [("raids", 52, ("IQ",), None), ("raids", 11, ("IQ",), 52)], "partnered"),
        ("Coalition forces conducted 52 raids in Iraq during April. Of the 52, 11 were "
         "partnered operations.",
         [("raids", 52, ("IQ",), None), ("raids", 11, ("IQ",), 52)], "partnered"),
        ("The command said it carried out 38 operations against al-Shabaab in Somalia in "
         "May. Four out of the 38 operations were U.S.-only strikes.",
         [("operations", 38, ("SO",), None), ("operations", 4, ("SO",), 38)], "US-only"),
        ("Allied aircraft flew 1,240 sorties over Libya in March. Seventeen of the 1,240 "
         "sorties were unilateral.",
         [("sorties", 17, ("LY",), 1240), ("sorties", 1240, ("LY",), None)], "unilateral"),
    ],
)
def test_tallies_part_told_with_the_figure_of_its_whole(
    text: str, expected: list[TallyValue], qualifier: str
) -> None:
    records = _records(text)
    assert tally_values(records) == sorted(expected, key=repr)
    [part] = [t for t in records if isinstance(t, Tally) and t.parent is not None]
    assert part.qualifier == qualifier
    [finding] = [c for c in records if isinstance(c, Consistency)]
    assert finding.parts == [part.value] and finding.verdict == "partial"
    # a part of its kind, not of a place: the kind names it in the explanation
    assert f"({part.value} {qualifier})" in finding.explanation


def test_tallies_parts_of_a_figure_that_make_it_up_are_consistent() -> None:
    records = _records(
        "The command conducted 20 strikes in Somalia in May. Twelve of the 20 strikes were "
        "partnered, and eight of the 20 strikes were U.S.-only.")
    assert tally_values(records) == sorted(
        [("strikes", 20, ("SO",), None), ("strikes", 12, ("SO",), 20),
         ("strikes", 8, ("SO",), 20)], key=repr)
    [finding] = [c for c in records if isinstance(c, Consistency)]
    assert (finding.parts_sum, finding.verdict) == (20, "consistent")
    assert "(12 partnered + 8 US-only)" in finding.explanation


def test_tallies_part_of_a_figure_and_one_told_after_it_read_alike() -> None:
    records = _records(
        "The command conducted 38 operations in Somalia in May. Thirty of the 38 operations "
        "were partnered with Somali forces, and eight were U.S.-only.")
    [finding] = [c for c in records if isinstance(c, Consistency)]
    assert finding.verdict == "consistent"
    assert finding.explanation.endswith("(30 partnered + 8 US-only)")


@pytest.mark.parametrize(
    "text",
    [
        # no count of 60 told: the part is of nothing known
        "Coalition forces conducted 52 raids in Iraq during April. 11 of the 60 were partnered.",
        # more than the figure: no part of it
        "Coalition forces conducted 52 raids in Iraq during April, and 70 of the 52 were "
        "partnered.",
    ],
)
def test_tallies_part_of_no_figure_told_is_no_tally(text: str) -> None:
    assert tally_values(_records(text)) == [("raids", 52, ("IQ",), None)]


def test_tallies_part_of_a_figure_is_of_its_whole_place() -> None:
    records = _records(
        "Coalition forces conducted 41 operations in Iraq and Syria in May. In Syria, they "
        "conducted 22 operations. Three of the 22 operations were U.S.-only strikes.")
    [part] = [t for t in records if isinstance(t, Tally) and t.value == 3]
    assert (part.area, part.qualifier) == (["SY"], "US-only")
