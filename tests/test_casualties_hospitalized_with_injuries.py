"""People "hospitalized with injuries" or "treated for wounds" are wounded, counted by the
number before the verb, as "sustained injuries" is."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(("text", "wounded"), [
    ("11/11/2018: Gunmen opened fire on worshippers in Kafanchan, Nigeria. Eleven people "
     "lost their lives and nine were hospitalized with injuries.", 9),
    ("04/02/2014: A bomb exploded at a bus stop in Mombasa, Kenya. Six passengers were "
     "hospitalised with wounds.", 6),
    ("09/17/2020: A grenade was thrown into a bar in Cali, Colombia. Fourteen customers were "
     "treated for injuries at a nearby clinic.", 14),
])
def test_hospitalized_with_injuries_are_wounded(text: str, wounded: int) -> None:
    assert totals(text)[1] == wounded
