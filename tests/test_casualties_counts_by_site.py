"""More counts of one verb told site by site after its first: "Eleven people were killed at
the police headquarters and twelve at the academy" is twenty-three dead, as "eight were
killed in Qandil and four in Wadi al-Shay" is twelve; a total broken down by site after its
comma, and another verb's count, add nothing."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("06/15/2015: Two bombs exploded in Maroua, Cameroon. Eleven people were killed at the "
     "police headquarters and twelve at the academy.", 23, 0),
    ("04/02/2017: Gunmen attacked two villages near Konna, Mali. Six people were killed at "
     "the market and four at the mosque, and nine others were injured.", 10, 9),
    ("09/19/2012: Militants stormed a base near Bannu, Pakistan. Three soldiers were wounded "
     "at the checkpoint and five at the barracks.", 0, 8),
])
def test_counts_told_site_by_site_add_up(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a total broken down after its comma holds its parts
    ("04/02/2017: Gunmen attacked two villages near Konna, Mali. Twelve people were killed, "
     "eight at the market and four at the mosque.", 12, 0),
    # the next count has its own verb
    ("11/30/2013: A bomb exploded near Baidoa, Somalia. Three soldiers were killed at the "
     "checkpoint and two civilians were wounded.", 3, 2),
])
def test_a_total_and_another_verbs_count_stay_apart(text: str, killed: int,
                                                   wounded: int) -> None:
    assert totals(text) == (killed, wounded)
