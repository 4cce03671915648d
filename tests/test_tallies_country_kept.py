"""A count placed by a country named for it keeps that country when the count after it in the
clause closes with a place of its own: "In Syria, partner forces killed 11 ISIS operatives
and detained 26 others in the province of Raqqa" puts the 11 in Syria and the 26 in Raqqa.
Counts with no place of their own still take the place that closes the clause ("killed 35
terrorists and arrested 50 suspects in the North East")."""

from __future__ import annotations

from eventcoder.records import Consistency
from tests.conftest import fixture_records


def test_tallies_country_told_first_is_kept() -> None:
    records = fixture_records("tallies", "centcom-february-country-then-province", "2025-03-05")
    explanations = {c.explanation.split(" reported")[0]: c.explanation for c in records
                    if isinstance(c, Consistency)}
    assert "(Syria 11; Iraq 8)" in explanations["19 killed (Islamic State)"]
    assert "(Raqqa 26; Iraq 18)" in explanations["44 detained (Islamic State)"]
