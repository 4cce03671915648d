"""The officers of a court told before their names ("Magistrate Grace Mwangi said", "defence
lawyer Peter Kamau said") speak by those names, the office being their role, as a governor
or a minister told so does (texts written for these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [r for r in eventcoder.extract(text, published="2023-01-12")
            if isinstance(r, Statement)]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ('"The accused knew what the visitors intended," Magistrate Grace Mwangi said in her '
     "ruling.", "Grace Mwangi", "Magistrate"),
    ("Judge Amina Yusuf said the prosecution had proved that the two men hid the weapons.",
     "Amina Yusuf", "Judge"),
    ("Defence lawyer Peter Kamau said his clients would appeal against the verdict.",
     "Peter Kamau", "Defence lawyer"),
    ("Defense attorney Maria Lopez said her client had been tortured in custody.",
     "Maria Lopez", "Defense attorney"),
])
def test_a_court_office_before_a_name_is_the_role(text: str, speaker: str, role: str) -> None:
    (said,) = _statements(text)
    assert (said.speaker, said.role) == (speaker, role)
