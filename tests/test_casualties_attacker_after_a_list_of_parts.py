"""The attacker told after a total's list of parts and its closing comma is one more of the
dead, not one of the parts: "The attack killed five people, including two officers, and the
gunman" counts six, as GTD does; so does the subject "Five people, including two officers,
and the gunman were killed". An attacker inside the list ("including the bomber") is one of
the total."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(("text", "killed"), [
    ("09/12/2013: An assailant opened fire at a bar in Cali, Valle del Cauca, Colombia. The "
     "attack killed five people, including two police officers, and the gunman.", 6),
    ("04/22/2016: A gunman opened fire at a college in Peshawar, Khyber Pakhtunkhwa, "
     "Pakistan, killing eleven students, among them a lecturer's son, and the attacker.", 12),
    ("10/03/2019: An attacker drove a car bomb into a checkpoint in Kirkuk, Iraq. The blast "
     "killed 14 people, including three soldiers and a child, and the bomber.", 15),
])
def test_attacker_after_the_lists_comma_is_one_more_object(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("09/12/2013: An assailant opened fire at a bar in Cali, Valle del Cauca, Colombia. Five "
     "people, including two police officers, and the gunman were killed.", 6),
    ("07/30/2011: A man threw a grenade into a market in Mombasa, Kenya. Eight traders, "
     "including a woman, and the attacker died.", 9),
])
def test_attacker_after_the_lists_comma_is_one_more_subject(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the attacker inside the list is one of the total
    ("06/05/2014: A suicide bomber struck a mosque in Kano, Nigeria. Nine people, including "
     "the bomber, were killed.", 9),
    ("06/05/2014: A suicide bomber struck a mosque in Kano, Nigeria, killing nine people, "
     "including the bomber and an imam.", 9),
    # a count of attackers after the comma is one more part listed
    ("11/08/2012: Militants stormed a court in Lashkar Gah, Helmand, Afghanistan. The "
     "explosions left nine dead, among them two judges, and four gunmen.", 9),
    # the clause closed by its comma: the next count is of another verb
    ("02/17/2018: Gunmen attacked a bus in Garissa, Kenya. Four were killed, including a "
     "nurse, and nine others were hurt.", 4),
])
def test_parts_of_a_total_add_nothing(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the toll's total is the object of "rose to": the count after its list is of another verb
    ("03/02/2015: A truck bomb struck a police base in Tikrit, Iraq. The death toll rose to "
     "17, including the attacker, and 40 people were injured.", 17, 40),
    ("05/19/2012: A suicide bomber struck a parade in Sanaa, Yemen. The toll climbed to 96, "
     "including the bomber, and 220 soldiers were wounded.", 96, 220),
])
def test_a_toll_and_its_parts_leave_the_next_count_alone(text: str, killed: int,
                                                       wounded: int) -> None:
    assert totals(text) == (killed, wounded)
