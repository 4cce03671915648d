"""A ministry's month told as lines of a list: a fate told alone with its figure after a
bullet ("- Killed: 14") is a count of that fate, of nobody the line names; a label whose
noun is of two words ("Security incidents recorded: 23") counts that noun; and rows by
place under a line that names what they count and holds no figure ("By county, the
incidents recorded were as follows:") count that, not the last figure told before."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Tally

_HEAD = ("MINISTRY OF THE INTERIOR\n\nMONTHLY FIGURES: MARCH 2024\n\nNairobi, 4 April 2024\n\n"
         "The ministry gives the following figures on security in the counties of Marsabit "
         "and Isiolo for the month of March 2024:\n\n")


def _tallies(text: str) -> list[Tally]:
    return [r for r in extract(text, published="2024-04-04") if isinstance(r, Tally)]


@pytest.mark.parametrize("bullet", ["- ", "* ", "\u2022 ", ""])
def test_tallies_fate_told_alone_on_a_line(bullet: str) -> None:
    text = _HEAD + f"{bullet}Killed: 11\n{bullet}Injured: 19\n{bullet}Abducted: 4\n"
    found = {(t.metric, t.value, t.party) for t in _tallies(text)}
    assert {("killed", 11, None), ("wounded", 19, None), ("abducted", 4, None)} <= found


def test_tallies_label_noun_of_two_words() -> None:
    text = _HEAD + "Security incidents recorded: 17\n- Killed: 11\n"
    found = {(t.metric, t.value) for t in _tallies(text)}
    assert ("incidents", 17) in found


def test_tallies_rows_count_the_noun_their_line_names() -> None:
    text = (_HEAD + "Security incidents recorded: 17\n- Killed: 11\n- Suspects arrested: 40\n\n"
            "By county, the incidents recorded were as follows:\n- Marsabit: 12\n"
            "- Isiolo: 5\n")
    records = extract(text, published="2024-04-04")
    tallies = [r for r in records if isinstance(r, Tally)]
    rows = [t for t in tallies if t.value in (12, 5)]
    assert sorted(t.metric for t in rows) == ["incidents", "incidents"]
    whole = next(t for t in tallies if (t.metric, t.value) == ("incidents", 17))
    assert all(t.parent == whole.tally_id for t in rows)
    findings = [(c.total, sorted(c.parts), c.verdict) for c in records
                if isinstance(c, Consistency)]
    assert (17, [5, 12], "consistent") in findings


def test_tallies_rows_under_a_line_of_no_noun_keep_the_count_before() -> None:
    # "the toll is as follows:" names no activity: the rows are of the count told before
    text = ("The army said its troops killed 20 militants in Marsabit and Isiolo in March "
            "2024. By county, the toll is as follows:\n- Marsabit: 12\n- Isiolo: 8\n")
    rows = [t for t in _tallies(text) if t.value in (12, 8)]
    assert sorted(t.metric for t in rows) == ["killed", "killed"]


@pytest.mark.parametrize(("line", "metric"), [
    ("By county, the incidents recorded were as follows:", "incidents"),
    ("By province, the security incidents were:", "incidents"),
    ("The toll is as follows:", None),
    ("During the operations, the following terrorists were neutralised:", None),
    ("In 12 counties, the incidents were:", None),
])
def test_tallies_noun_of_a_lists_line(line: str, metric: str | None) -> None:
    from eventcoder.tallies import _noun_of_the_list

    assert _noun_of_the_list(line) == metric
