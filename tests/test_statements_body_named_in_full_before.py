"""A role that names its body by its head word alone ("Press and Public Relations
Counsellor of the Ministry") is of the body the release named in full before it ("The
Ministry of National Defence held its weekly press briefing"); and a mission's initials one
letter from another mission's ("MINUSCA", "MINUSMA") are no typo of it in a report about a
country the other is not active in."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [r for r in extract(text, published="2025-05-09") if isinstance(r, Statement)]


@pytest.mark.parametrize(("named", "organisation"), [
    ("The Ministry of National Defence held its weekly press briefing on Thursday.",
     "Ministry of National Defence"),
    # no fuller name before: the head word as told
    ("A weekly press briefing was held on Thursday.", "Ministry"),
])
def test_statements_body_of_a_role_named_in_full_before(named: str, organisation: str) -> None:
    text = (f"Ankara, 8 May 2025\n\n{named} Rear Admiral Kemal Oral, Press and Public "
            "Relations Counsellor of the Ministry, gave information on the past week.\n\n"
            '"Our operations will go on with determination," Oral said.')
    told = [s for s in _statements(text) if s.quote.startswith("Our operations")]
    assert [(s.speaker, s.organisation) for s in told] == [("Kemal Oral", organisation)]


def test_statements_mission_initials_of_the_country_reported() -> None:
    text = ("Bangui, 9 May 2025 - Armed men attacked a patrol near Bouar, in the Nana-Mambere "
            "prefecture of the Central African Republic, on Thursday.\n\n"
            '"The perpetrators will be brought to justice," said Jean Dupuis, Head of '
            "MINUSCA.")
    told = [s for s in _statements(text) if s.quote.startswith("The perpetrators")]
    assert [s.organisation for s in told] == ["MINUSCA"]


@pytest.mark.parametrize(("initials", "told", "not_of"), [
    # one letter from Colombia's FARC, and the list's own group of the country reported
    ("FPRC", "Popular Front for the Rebirth of Central African Republic", "FARC dissidents"),
    ("FACA", "FACA", "Military Forces of Mali"),  # one letter from Mali's FAMa, not listed
])
def test_statements_initials_near_a_group_active_elsewhere(
        initials: str, told: str, not_of: str) -> None:
    # initials one letter from those of a group active in another country: in a report
    # about the Central African Republic, the country's own group or told as written
    text = ("Bangui, 12 May 2025 - Gunmen ambushed a convoy on the road out of Kaga-Bandoro, "
            "in the Nana-Grebizi prefecture of the Central African Republic, on Sunday.\n\n"
            '"We had no part in the ambush of Sunday," said Eloi Ngaba, spokesman of the '
            f"{initials}.")
    found = [s for s in _statements(text) if s.quote.startswith("We had no part")]
    assert [s.organisation for s in found] == [told]
    assert not_of not in {s.organisation for s in _statements(text)}
