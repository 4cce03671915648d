"""A role told after a name and set off by commas ("Ahmed Ali, the governor of X, said") is
the role without its article or the comma that closes it; a governor's role names the
government of the division governed, where the places stage reads the division."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-09-03") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Bandits burned a school near Tsafe. Yakubu Sani, the head teacher, said the pupils "
         "had been sent home.", "Yakubu Sani", "head teacher"),
        ('"The pupils had been sent home," said Yakubu Sani, a head teacher, on Friday.',
         "Yakubu Sani", "head teacher"),
        ("\u201cThe pupils had been sent home,\u201d Yakubu Sani, the head teacher, told "
         "reporters.", "Yakubu Sani", "head teacher"),
        ("The pupils had been sent home, Yakubu Sani, an assistant head teacher, said.",
         "Yakubu Sani", "assistant head teacher"),
    ],
)
def test_statements_role_after_the_name_without_article(text: str, speaker: str,
                                                         role: str) -> None:
    found = _statements(text)
    assert [(s.speaker, s.role) for s in found] == [(speaker, role)], found


@pytest.mark.parametrize(
    ("text", "role", "organisation"),
    [
        ("Gunmen raided a police post in Gombe on Monday. Lawal Musa, the governor of Gombe "
         "State, said the attackers had fled into the hills.", "governor of Gombe State",
         "Government of Gombe State"),
        ('A bomb killed two guards in Kunduz. "They fled on foot," said Nasir Rahimi, '
         "governor of Kunduz province.", "governor of Kunduz province", "Government of Kunduz"),
        ("A bomb killed two guards in Kunduz. \u201cThey fled on foot,\u201d Nasir Rahimi, "
         "the deputy governor of Kunduz, told reporters.", "deputy governor of Kunduz",
         "Government of Kunduz"),
    ],
)
def test_statements_governor_speaks_for_the_division(text: str, role: str,
                                                     organisation: str) -> None:
    found = _statements(text)
    assert [(s.role, s.organisation) for s in found] == [(role, organisation)], found


def test_statements_district_governor_is_no_province_government() -> None:
    found = _statements("Gunmen killed four farmers near Nad Ali. Ahmad Shah, the district "
                        "governor of Nad Ali, said the attackers had fled.")
    assert [(s.role, s.organisation) for s in found] == [("district governor of Nad Ali", None)]


def test_statements_governor_of_a_bank_is_no_division() -> None:
    found = _statements("Musa Ali, the governor of the Central Bank of Nigeria, said the "
                        "currency would recover by June.")
    assert found and all(not (s.organisation or "").startswith("Government of") for s in found)


@pytest.mark.parametrize(
    ("text", "role", "organisation"),
    [
        ("Gunmen raided a police post in Gombe on Monday. Gombe State Governor Lawal Musa "
         "said the attackers had fled into the hills.", "Gombe State Governor",
         "Government of Gombe State"),
        ('A bomb killed two guards in Kunduz. "They fled on foot," Kunduz Governor Nasir '
         "Rahimi told reporters.", "Kunduz Governor", "Government of Kunduz"),
        # a bank's governor: no division before the title
        ("Central Bank Governor Musa Ali said the currency would recover by June.",
         "Governor", None),
    ],
)
def test_statements_division_named_before_the_governor(text: str, role: str,
                                                       organisation: str | None) -> None:
    found = _statements(text)
    assert [(s.role, s.organisation) for s in found] == [(role, organisation)], found


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Bandits burned a market in Sokoto on Friday. Aliyu Bello, the governor of Sokoto "
         "State, said that traders would be paid.", "Government of Sokoto State"),
        ("Bandits burned a market near Gusau. Zamfara State Governor Aliyu Bello said that "
         "traders would be paid.", "Government of Zamfara State"),
        ("A bomb killed two guards in Helmand. Gul Agha, the governor of Helmand province, "
         "said that the road was closed.", "Government of Helmand"),
    ],
)
def test_statements_governor_keeps_the_divisions_own_name(text: str, organisation: str) -> None:
    """A division's own name as the text writes it ("Sokoto State") names its government;
    a word in lower case after it ("province") is no part of the name."""
    assert [s.organisation for s in _statements(text)] == [organisation]
