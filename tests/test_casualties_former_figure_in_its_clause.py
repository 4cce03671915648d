"""A figure told as what was said before, and the one that replaced it, in two clauses of
one sentence: "officials initially reported three dead; the toll was later revised to five"
counts five. The semicolon closes the clause of the earlier figure, so the revision after it
is told as now, not as one more figure of the past."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(("text", "killed"), [
    ("03/14/2017: Gunmen ambushed a police convoy near Ayacucho, Peru. Police initially "
     "reported that two officers were killed; the toll was later revised to four officers "
     "killed.", 4),
    ("08/02/2013: Assailants attacked a checkpoint in Kidal, Mali. The army at first said "
     "six soldiers had died; it later put the number of soldiers killed at nine.", 9),
    ("11/27/2020: A bomb exploded at a bus stop in Herat, Afghanistan. Officials had "
     "previously said that three people were killed; officials now say seven people were "
     "killed in the blast.", 7),
])
def test_revision_after_a_semicolon_replaces_the_earlier_figure(text: str,
                                                                 killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # two counts of now, one clause each: both stand
    ("05/09/2018: Gunmen attacked a village near Jos, Nigeria. Five farmers were killed; "
     "three herders also died in the attack.", 8),
    # the earlier figure alone is all there is
    ("06/21/2015: A blast hit a market in Quetta, Pakistan. Police initially said four "
     "people were killed; no other figure was given.", 4),
])
def test_counts_of_their_own_clauses_stand(text: str, killed: int) -> None:
    assert totals(text)[0] == killed
