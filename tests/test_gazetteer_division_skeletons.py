"""A country's first-level division found under a spelling whose transliteration key differs
from every name the gazetteer has for it: a joined Arabic article ("Alkufra"), "g" for qaf
("Almargeb"), dropped vowels; and the spellings that the curated division table adds
("Gomel Region", "Baku")."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.metrics import same_division
from eventcoder.gazetteer import Gazetteer, division_skeleton, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Almargeb", "Al Marqab"),
        ("Aljabal Algharbi", "Jabal al Gharbi"),
        ("Wadi Ashshati", "Wadi ash Shati'"),
        ("Alkufra", "Al Kufrah"),
        ("Baalbek-El Hermel", "Baalbek-Hermel"),
        ("Sebha Province", "Sabha"),
    ],
)
def test_spellings_of_one_division_share_a_skeleton(first: str, second: str) -> None:
    assert division_skeleton(first) == division_skeleton(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Kufra", "Kirkuk"), ("Murzuq", "Misratah"), ("Sabha", "Sirte"), ("Jawf", "Taizz"),
     ("Western", "Eastern"), ("Upper East", "Upper West")],
)
def test_different_divisions_have_different_skeletons(first: str, second: str) -> None:
    assert division_skeleton(first) != division_skeleton(second)


@pytest.mark.parametrize(
    ("iso2", "written", "division"),
    [
        ("LY", "Almargeb", "Al Marqab"),
        ("LY", "Aljabal Algharbi", "Jabal al Gharbi"),
        ("LY", "Alkufra", "Kufra"),
        ("LY", "Aljfara", "Al Jafarah"),  # shares its skeleton with Jufra, nearer Jafara
        ("LY", "Aljufra", "Jufra"),
        ("LY", "Sebha", "Sabha"),
        ("LB", "Baalbek-El Hermel", "Baalbek-Hermel"),
        ("AZ", "Baku", "Baki"),
        ("BY", "Gomel Region", "Gomelskaya Oblast"),
    ],
)
def test_admin1_finds_the_division(gazetteer: Gazetteer, iso2: str, written: str,
                                   division: str) -> None:
    found = gazetteer.admin1(iso2, written)
    assert found is not None and found.feature == "admin1"
    assert gazetteer.admin1(iso2, division) == found


@pytest.mark.parametrize(
    ("iso2", "written"),
    [
        ("LY", "Alqatrun"),  # a town's name, no division's
        ("LY", "Jafra"),  # as near Jafara as Jufra: neither is chosen
        ("IQ", "Almargeb"),  # Libya's division, not Iraq's
        ("LY", "Ab"),  # too short to say anything
    ],
)
def test_admin1_finds_no_division(gazetteer: Gazetteer, iso2: str, written: str) -> None:
    assert gazetteer.admin1(iso2, written) is None


@pytest.mark.parametrize(
    ("iso2", "coded", "predicted", "same"),
    [
        ("LY", "Almargeb", "Al Marqab", True),
        ("LB", "North", "Ash Shimal", True),
        ("LB", "South", "Al Janub", True),
        ("LB", "North", "Al Janub", False),
        ("AZ", "Baku", "Baki", True),
        ("IN", "NCT of Delhi", "National Capital Delhi", True),
        ("LY", "Almargeb", "Misratah", False),
    ],
)
def test_coded_and_predicted_division(iso2: str, coded: str, predicted: str,
                                      same: bool) -> None:
    assert same_division(iso2, coded, predicted) is same
