"""Thousands set apart by a blank, as many languages write them: "1 250 wanted persons"."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_quantities


def _values(text: str) -> list[int | None]:
    return [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("The army detained 1 250 wanted persons in the quarter.", 1250),
     ("Some 12\u00a0400 families were displaced by the fighting.", 12400),
     ("Police held 3\u202f105 suspects over the year.", 3105)],
)
def test_thousands_after_a_blank_are_one_number(text: str, value: int) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # cells of a row of figures: two counts, each of its column
        ("Nineveh 14 302\nKirkuk 9 118\n", [14, 302, 9, 118]),
        # a figure told before the pair: a list of counts, not one number
        ("They counted 4 12 350 times.", None),
    ],
)
def test_figures_side_by_side_stay_apart(text: str, values: list[int] | None) -> None:
    got = _values(text)
    assert 14302 not in got and 12350 not in got and 9118 not in got
    if values is not None:
        assert got == values
