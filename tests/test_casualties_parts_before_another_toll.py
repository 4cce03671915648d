"""A part of one toll is not one more of the next.

"Three were killed, including a nurse, and eleven others were injured": the nurse is one
of the three dead, told between the toll and the next clause; the wounded are the eleven
alone. "Among them" tells a part alike. Two groups joined by "and" before one verb are
still counted together, and so are the parts of a total when no comma closes them.
"""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 14 March 2013, a bomb went off near a clinic in Kandla, Gujarat, India. Three "
         "people were killed, including a nurse, and another eleven people were injured in "
         "the explosion.", 3, 11),
        ("On 2 October 2014, a car bomb exploded outside a court in Sirte, Libya. Five people "
         "died, among them two judges, and seventeen others were wounded.", 5, 17),
        ("On 8 June 2012, gunmen stormed a bus depot in Mombasa, Kenya. Two guards were shot "
         "dead, including the shift supervisor, and four drivers were hurt.", 2, 4),
        ("On 19 May 2015, gunmen attacked a farm near Kumasi, Ghana. Two people were killed, "
         "including a tax inspector and a surveyor, and one person was injured.", 2, 1),
        ("On 8 June 2012, a grenade was thrown at a market in Mombasa, Kenya. Four traders "
         "and two porters were wounded.", 0, 6),
        ("On 8 June 2012, a mine exploded on a road in Tarnow, Poland. Nine people, including "
         "five soldiers and four farmers were hurt in the blast.", 0, 9),
    ],
    ids=["including-then-others-injured", "among-them-then-others-wounded",
         "including-the-supervisor-then-drivers-hurt",
         "two-parts-then-one-injured", "two-groups-joined-by-and",
         "the-parts-name-the-whole-total"],
)
def test_a_part_of_the_dead_is_not_among_the_wounded(text: str, killed: int,
                                                     wounded: int) -> None:
    assert totals(text) == (killed, wounded)
