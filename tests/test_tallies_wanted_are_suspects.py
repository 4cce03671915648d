"""People "wanted" by the authorities, counted bare in a release's results ("the arrest of
(23) wanted"), are suspects of the side the release fights (or of no side it names), never
a party called "wanted"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally


def _detained(text: str) -> list[tuple[int, str | None]]:
    return sorted((t.value, t.party) for t in extract(text, published="2023-09-17")
                  if isinstance(t, Tally) and t.metric == "detained")


@pytest.mark.parametrize("wanted", ["(23) wanted on terrorism charges", "23 wanted in Anbar"])
def test_tallies_wanted_of_the_group_fought(wanted: str) -> None:
    text = ("The Security Media Cell announced, today Sunday, the results of the operations "
            "during the past week, which resulted in the killing of (6) terrorists and the "
            f"arrest of {wanted}, and the pursuit of the Daesh remnants goes on.")
    assert _detained(text) == [(23, "Islamic State")]


def test_tallies_wanted_of_no_side_named() -> None:
    text = ("The Joint Operations Command said on Friday that during the past week its forces "
            "arrested 12 wanted in Basra and Maysan.")
    assert all(party != "wanted" for _, party in _detained(text))
    assert [value for value, _ in _detained(text)] == [12]


@pytest.mark.parametrize("partner", [
    "in coordination with the Federal Police (FP)",
    "in cooperation with the Kurdish security forces (Asayish)",
])
def test_tallies_wanted_not_of_the_partner(partner: str) -> None:
    text = ("The Counter Terrorism Service announced on Saturday the arrest of 9 wanted during "
            f"the past week. Its units, {partner}, arrested five in Erbil and four in Duhok.")
    detained = _detained(text)
    assert [value for value, _ in detained] == [4, 5, 9]
    assert not {party for _, party in detained} & {"Asayish", "wanted"}
