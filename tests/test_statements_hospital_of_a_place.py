"""A role at a place's hospital, named in lower case after the place ("director of Tuz
general hospital", "a surgeon at Hawija hospital"), is of that hospital, not of the town."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


@pytest.mark.parametrize(("told", "role", "organisation"), [
    ("the director of Hawija general hospital, Dr. Sami Karim, told reporters",
     "director of Hawija general hospital", "Hawija general hospital"),
    ("Dr. Sami Karim, a surgeon at Hawija hospital, told reporters",
     "surgeon at Hawija hospital", "Hawija hospital"),
], ids=["director-of", "surgeon-at"])
def test_statements_role_at_a_places_hospital(told: str, role: str,
                                             organisation: str) -> None:
    text = f'"We received eleven wounded, two of them children," {told}.'
    statements = [r for r in extract(text, published="2024-05-02") if isinstance(r, Statement)]
    assert len(statements) == 1
    found = statements[0]
    assert (found.speaker, found.role, found.organisation) == ("Sami Karim", role,
                                                               organisation)
