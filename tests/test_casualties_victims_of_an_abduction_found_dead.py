"""The victims of an abduction found dead later are those taken, however many the report
counted: "abducted three farmers ... The bodies of the victims were found four days later"
is three dead, as "Their bodies were found" is; victims of another deed are not counted so."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(("text", "killed"), [
    ("08/17/2012: Assailants abducted three farmers in Saravena, Arauca, Colombia. The bodies "
     "of the victims were found four days later in a rural area.", 3),
    ("05/02/2016: Gunmen kidnapped four traders near Mubi, Adamawa, Nigeria. The victims were "
     "later found dead in a forest.", 4),
    ("11/23/2013: Assailants seized two engineers in Herat, Afghanistan. The victims were "
     "killed a week later.", 2),
])
def test_victims_of_the_abduction_are_those_taken(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # no one taken: "the victims" are the wounded the report counted, none more dead
    ("09/30/2015: Gunmen shot dead a guard and wounded two people in Maiduguri, Borno, "
     "Nigeria. The victims were taken to hospital.", 1),
])
def test_victims_of_no_abduction_add_no_dead(text: str, killed: int) -> None:
    assert totals(text)[0] == killed
