"""Actors named as ACLED names them in its export: the Mayi Mayi, MS-13, Islamist militias a
report does not name, and Madagascar's dahalo."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import resolve_actor
from eventcoder.records import Event


@pytest.mark.parametrize(("phrase", "country", "acled_name"), [
    ("Mai-Mai militiamen", "CD", "Mayi Mayi Militia"),
    ("Mayi Mayi", "CD", "Mayi Mayi Militia"),
    ("MS-13 members", "HN", "MS-13: Mara Salvatrucha"),
    ("Islamic militants", "MZ", "Islamist Militia (Mozambique)"),
    ("Islamist fighters", "ML", "Islamist Militia (Mali)"),
    ("dahalo", "MG", "Dahalo Militia"),
])
def test_actor_takes_acleds_spelling(phrase: str, country: str, acled_name: str) -> None:
    found = resolve_actor(phrase, country=country)
    assert found is not None
    assert found.acled_name == acled_name


def test_islamist_militants_are_no_unnamed_gunmen() -> None:
    events = [r for r in extract("On 4 May 2020, Islamic militants looted food stores in "
                                 "Mocimboa da Praia, Cabo Delgado, firing rounds into the air.")
              if isinstance(r, Event)]
    assert events[0].actor1 == "Islamist Militia (Mozambique)"
    # shots into the air are no shelling
    assert events[0].event_type != "explosions_remote_violence"
