"""One person told with a definite article after a count, and "also": "Twelve people died
... The driver of the vehicle also died" is one more death (13), not one of the twelve named
again. Without the word, the one told by "the" may be one of those counted."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(("text", "killed"), [
    ("09/14/2012: A car bomb exploded outside a bank in Benghazi, Libya. Nine people died "
     "and 14 were wounded, police said. The driver of the car also died.", 10),
    ("02/03/2018: Gunmen attacked a bus near Marsabit, Kenya. Four passengers were killed. "
     "The conductor of the bus was killed as well.", 5),
    ("12/19/2015: A bomb went off at a tea stall in Peshawar, Pakistan. Six customers were "
     "killed. The owner of the stall was also killed in the blast.", 7),
])
def test_one_told_by_the_with_also_is_one_more(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("02/03/2018: Gunmen attacked a bus near Marsabit, Kenya, killing four passengers. The "
     "passengers were shot at close range.", 4),
    ("04/22/2016: Three soldiers were killed in an ambush near Tumaco, Colombia. The soldiers "
     "were killed when their patrol was fired on.", 3),
])
def test_the_counted_told_again_are_not_more(text: str, killed: int) -> None:
    assert totals(text)[0] == killed
