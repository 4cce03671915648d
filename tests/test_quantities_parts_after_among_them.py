"""Parts told after a passive verb with "among them", as with "including": "Seven people
were killed, among them two children" is seven, the children some of them."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.quantities import find_casualty_mentions


def _parts(text: str) -> list[tuple[int | None, str | None]]:
    return [(m.count, m.party_text) for m in find_casualty_mentions(text) if m.subset]


def _total(text: str) -> int | None:
    return total_fatalities(combine_casualties(find_casualty_mentions(text), text=text))


@pytest.mark.parametrize(("text", "parts"), [
    ("Seven people were killed, among them two children.", [(2, "children")]),
    ("Nine villagers were shot dead in Ashwa, among whom three herders.", [(3, "herders")]),
    ("Nine villagers were shot dead, including three herders.", [(3, "herders")]),
    # "among" a place is no part
    ("Nine villagers were shot dead among the huts of Ashwa.", []),
])
def test_parts_after_among_them(text: str, parts: list[tuple[int, str]]) -> None:
    assert _parts(text) == parts


@pytest.mark.parametrize(("text", "total"), [
    ("A suicide bomber detonated his vest at a cafe in Tarsa. Seven people were killed, "
     "among them the bomber, and several others were wounded.", 7),
    ("Seven people were killed, among them two children.", 7),
])
def test_the_total_holds_its_parts(text: str, total: int) -> None:
    assert _total(text) == total
